using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Prediction;

/// <summary>
/// A lead field a prediction model learns from: one of the standard fields of <see cref="LeadDetails"/>, or a custom
/// field by name. The user chooses the fields; the trainer reports which carry signal.
/// </summary>
/// <remarks>
/// Category fields compare text folded as the rest of the library folds it (trimmed, case- and culture-insensitive,
/// Arabic and Persian letter and digit variants equal). Enumerations are read by name, yes/no as <c>true</c> or
/// <c>false</c>. A custom category field reads text, yes/no and number values; a custom number field reads number and
/// money values (the amount). Any other kind of custom value, or none, counts as missing. Amounts of money are read
/// without their currency: train and score on amounts in one currency.
/// </remarks>
public readonly record struct PredictionField
{
    private PredictionField(StandardField standard, string? customName, PredictionFieldKind kind)
    {
        Standard = standard;
        CustomName = customName;
        Kind = kind;
    }

    /// <summary>Gets the lead's source (<see cref="LeadDetails.Source"/>), a category.</summary>
    public static PredictionField Source { get; } = new(StandardField.Source, null, PredictionFieldKind.Category);

    /// <summary>Gets the organisation's industry (<see cref="LeadDetails.Industry"/>), a category.</summary>
    public static PredictionField Industry { get; } = new(StandardField.Industry, null, PredictionFieldKind.Category);

    /// <summary>Gets the lead's rating (<see cref="LeadDetails.Rating"/>), a category.</summary>
    public static PredictionField Rating { get; } = new(StandardField.Rating, null, PredictionFieldKind.Category);

    /// <summary>Gets the person's job title (<see cref="LeadDetails.JobTitle"/>), a category; <see cref="JobLevel"/> groups titles by seniority.</summary>
    public static PredictionField JobTitle { get; } = new(StandardField.JobTitle, null, PredictionFieldKind.Category);

    /// <summary>
    /// Gets how senior the person's job title is (<see cref="Prediction.JobLevel"/>, read from <see cref="LeadDetails.JobTitle"/>),
    /// a category: the job-title bucket, which carries the signal of titles too varied to learn from one by one.
    /// </summary>
    public static PredictionField JobLevel { get; } = new(StandardField.JobLevel, null, PredictionFieldKind.Category);

    /// <summary>Gets when the lead expects to buy (<see cref="LeadDetails.PurchaseTimeframe"/>), a category.</summary>
    public static PredictionField PurchaseTimeframe { get; } = new(StandardField.PurchaseTimeframe, null, PredictionFieldKind.Category);

    /// <summary>Gets whether the person decides on the purchase (<see cref="LeadDetails.IsDecisionMaker"/>), a category.</summary>
    public static PredictionField IsDecisionMaker { get; } = new(StandardField.IsDecisionMaker, null, PredictionFieldKind.Category);

    /// <summary>Gets how the person prefers to be contacted (<see cref="LeadDetails.PreferredContactMethod"/>), a category.</summary>
    public static PredictionField PreferredContactMethod { get; } = new(StandardField.PreferredContactMethod, null, PredictionFieldKind.Category);

    /// <summary>Gets the lead's owner (<see cref="LeadDetails.Owner"/>), a category.</summary>
    public static PredictionField Owner { get; } = new(StandardField.Owner, null, PredictionFieldKind.Category);

    /// <summary>Gets the organisation's number of employees (<see cref="LeadDetails.NumberOfEmployees"/>), a number.</summary>
    public static PredictionField NumberOfEmployees { get; } = new(StandardField.NumberOfEmployees, null, PredictionFieldKind.Number);

    /// <summary>Gets the amount of the organisation's annual revenue (<see cref="LeadDetails.AnnualRevenue"/>), a number.</summary>
    public static PredictionField AnnualRevenue { get; } = new(StandardField.AnnualRevenue, null, PredictionFieldKind.Number);

    /// <summary>Gets the amount of the lead's budget (<see cref="LeadDetails.Budget"/>), a number.</summary>
    public static PredictionField Budget { get; } = new(StandardField.Budget, null, PredictionFieldKind.Number);

    /// <summary>Gets how the field is read.</summary>
    public PredictionFieldKind Kind { get; }

    /// <summary>Gets the field's name: the name of the <see cref="LeadDetails"/> property, or the custom field's name.</summary>
    public string Name => CustomName ?? Standard.ToString();

    /// <summary>Gets a value indicating whether this is a custom field (<see cref="LeadDetails.CustomFields"/>).</summary>
    public bool IsCustom => CustomName is not null;

    internal StandardField Standard { get; }

    internal string? CustomName { get; }

    /// <summary>A custom field read as a category.</summary>
    /// <param name="name">The custom field's name (compared ordinally, as <see cref="LeadDetails.CustomFields"/> does).</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static PredictionField CustomCategory(string name) =>
        new(StandardField.None, Guard.Against.NullOrWhiteSpace(name), PredictionFieldKind.Category);

    /// <summary>A custom field read as a number.</summary>
    /// <param name="name">The custom field's name (compared ordinally, as <see cref="LeadDetails.CustomFields"/> does).</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static PredictionField CustomNumber(string name) =>
        new(StandardField.None, Guard.Against.NullOrWhiteSpace(name), PredictionFieldKind.Number);

    /// <summary>Returns the field's name, with "custom " in front of a custom field's, and its kind, such as <c>Source (Category)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsCustom ? $"custom {Name} ({Kind})" : $"{Name} ({Kind})";

    internal static PredictionField? FromStandardName(string name)
    {
        foreach (var field in StandardFields)
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    internal static IEnumerable<PredictionField> StandardFields =>
        [Source, Industry, Rating, JobTitle, JobLevel, PurchaseTimeframe, IsDecisionMaker, PreferredContactMethod, Owner, NumberOfEmployees, AnnualRevenue, Budget];

    /// <summary>The standard fields, <see cref="None"/> for a custom one.</summary>
    internal enum StandardField
    {
        None = 0,
        Source,
        Industry,
        Rating,
        JobTitle,
        PurchaseTimeframe,
        IsDecisionMaker,
        PreferredContactMethod,
        Owner,
        NumberOfEmployees,
        AnnualRevenue,
        Budget,
        JobLevel,
    }
}
