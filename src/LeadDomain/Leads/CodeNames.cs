namespace LeadDomain.Leads;

/// <summary>The one rule for the display names of open sets (disqualification reasons, activity types).</summary>
internal static class CodeNames
{
    public const int MaxLength = 100;

    public static string Check(string? name, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length != name.Length || name.Length > MaxLength)
        {
            throw new ArgumentException(
                $"A name must be non-empty text of at most {MaxLength} characters without surrounding white space; '{Echo.Cut(name)}' is not.",
                parameterName);
        }

        if (!Echo.IsWellFormed(name))
        {
            throw new ArgumentException("A name may not hold a lone surrogate (half of a UTF-16 pair): it cannot be stored as UTF-8.", parameterName);
        }

        return name;
    }
}
