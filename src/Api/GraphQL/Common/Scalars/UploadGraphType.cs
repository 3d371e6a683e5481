using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Scalars;

/// <summary>
/// HotChocolate's <c>Upload</c> scalar: a file sent with the GraphQL multipart request spec. The
/// transport puts each file where its map says as an <see cref="IFormFile"/>; it has no literal form
/// and is never written out.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent with the GraphQL multipart request spec (operations, map and one part per file).";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null or IFormFile => value,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? Serialize(object? value) => ThrowSerializationError(value);
}
