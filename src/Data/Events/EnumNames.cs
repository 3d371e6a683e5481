namespace Platform.Data.Events;

/// <summary>
/// The one spelling of an enum value outside C#: <c>CONSTANT_CASE</c>, e.g. <c>QrCode</c> →
/// <c>QR_CODE</c>. The GraphQL enums, the event data of live changes and of the demo seed, and the
/// states named in errors all use it, so a value reads the same wherever it appears.
/// </summary>
public static class EnumNames
{
    public static string Constant(Enum value) => Constant(value.ToString());

    /// <summary>A PascalCase member name in <c>CONSTANT_CASE</c>: an underscore before every inner capital.</summary>
    public static string Constant(string pascalCase) =>
        string.Concat(pascalCase.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
