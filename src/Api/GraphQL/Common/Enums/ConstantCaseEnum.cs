using GraphQL.Types;
using Platform.Data.Events;

namespace Platform.Api.GraphQL.Common.Enums;

/// <summary>
/// An enum of the schema whose value names are spelled by <see cref="EnumNames.Constant(string)"/>, the
/// same spelling event details and error states use, so <c>QrCode</c> is <c>QR_CODE</c> everywhere.
/// </summary>
public abstract class ConstantCaseEnum<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected override string ChangeEnumCase(string val) => EnumNames.Constant(val);
}
