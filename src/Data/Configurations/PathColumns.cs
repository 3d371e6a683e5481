using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Data.Configurations;

internal static class PathColumns
{
    /// <summary>Materialized paths are ASCII slugs; bounded so that they can be indexed on every provider.</summary>
    public const int MaxLength = 400;

    public static PropertyBuilder<string> IsPath(this PropertyBuilder<string> property) =>
        property.HasMaxLength(MaxLength).IsUnicode(false);
}
