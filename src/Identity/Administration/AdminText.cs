namespace Platform.Identity.Administration;

/// <summary>Input text checks of the administration rules.</summary>
internal static class AdminText
{
    public static string Required(string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw AdministrationException.Invalid(field, $"'{field}' is required.");
        }

        if (text.Length > maxLength)
        {
            throw AdministrationException.Invalid(field, $"'{field}' must be at most {maxLength} characters (got {text.Length}).");
        }

        return text;
    }

    /// <summary>A user name or client id: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</summary>
    public static string Name(string field, string? value, int minLength = 2, int maxLength = 64)
    {
        var text = value?.Trim() ?? "";
        var valid = text.Length >= minLength && text.Length <= maxLength && (char.IsAsciiLetterLower(text[0]) || char.IsAsciiDigit(text[0]))
            && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');
        if (!valid)
        {
            throw AdministrationException.Invalid(field, $"'{field}' must be {minLength} to {maxLength} lowercase letters, digits, '.', '_' or '-'.");
        }

        return text;
    }
}
