using Platform.Data;

namespace Platform.Workflow.Common;

/// <summary>Collects field-level errors so that a client gets all of them at once.</summary>
public sealed class InputValidator
{
    private readonly List<FieldError> errors = [];

    public bool IsValid => errors.Count == 0;

    public InputValidator Add(string field, string message)
    {
        errors.Add(new FieldError(field, message));
        return this;
    }

    /// <summary>A required text of at most <paramref name="maxLength"/> characters, not blank.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0)
        {
            Add(field, $"'{field}' is required.");
        }
        else if (trimmed.Length > maxLength)
        {
            Add(field, $"'{field}' must be at most {maxLength} characters (got {trimmed.Length}).");
        }

        return trimmed;
    }

    /// <summary>An optional text; null when blank.</summary>
    public string? OptionalText(string field, string? value, int maxLength)
    {
        Text(field, value, maxLength, required: false);
        return Common.Text.OrNull(value);
    }

    public int Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, $"'{field}' must be between {min} and {max}.");
        }

        return value;
    }

    /// <summary>A time that must lie ahead of <paramref name="now"/>, in UTC (a time without a zone is taken as UTC).</summary>
    public DateTime Future(string field, DateTime value, DateTime now)
    {
        var utc = UtcTime.Normalize(value);
        if (utc <= now)
        {
            Add(field, $"'{field}' must be in the future.");
        }

        return utc;
    }

    /// <summary>Throws <see cref="InvalidInputException"/> when any error was collected.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new InvalidInputException(errors);
        }
    }

    /// <summary>Checks a single text (a reason, a note) before anything is loaded, so bad input never reaches the store.</summary>
    public static string? Single(string field, string? value, int maxLength, bool required)
    {
        var check = new InputValidator();
        var text = required ? check.Text(field, value, maxLength) : check.OptionalText(field, value, maxLength);
        check.ThrowIfInvalid();
        return text;
    }
}
