namespace Platform.Api.GraphQL.Common.Pii;

/// <summary>Masked forms of personal data (DESIGN §4 rule 7): <c>张*</c>, <c>138****1234</c>, <c>3101**********1234</c>.</summary>
public static class Mask
{
    public static string? Name(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    public static string? Phone(string? phone) => KeepEnds(phone, 3, 4);

    public static string? IdNumber(string? idNumber) => KeepEnds(idNumber, 4, 4);

    /// <summary>Keeps the first six characters (district and street) and hides the rest.</summary>
    public static string? Address(string? address) =>
        string.IsNullOrEmpty(address) ? address : address[..Math.Min(6, address.Length / 2)] + "****";

    /// <summary>Keeps the extension alone (<c>****.pdf</c>): a file's name often names its person.</summary>
    public static string? FileName(string? fileName) =>
        string.IsNullOrEmpty(fileName) ? fileName : "****" + Path.GetExtension(fileName);

    private static string? KeepEnds(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
