using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// A compiled fit rule: a condition on a lead's details and the points it gives. The kinds below are the whole set;
/// each keeps the values it was defined with (for JSON) and the form it evaluates with (folded text, lookup tables).
/// </summary>
internal abstract class FitRule(string name, double points)
{
    public string Name { get; } = name;

    public double Points { get; } = points;

    /// <summary>Whether the rule holds for <paramref name="details"/>, folding text where it has to.</summary>
    public bool Matches(LeadDetails details) => Matches(details, null);

    /// <summary>
    /// Whether the rule holds for <paramref name="details"/>; <paramref name="folded"/> is the lead's folded text when
    /// it was folded from these very details (then text rules compare ordinally, without folding).
    /// </summary>
    public abstract bool Matches(LeadDetails details, FoldedLeadText? folded);

    internal static string? FoldedText(FoldedLeadText folded, LeadTextField field) => field switch
    {
        LeadTextField.Topic => folded.Topic,
        LeadTextField.FirstName => folded.FirstName,
        LeadTextField.LastName => folded.LastName,
        LeadTextField.CompanyName => folded.CompanyName,
        LeadTextField.JobTitle => folded.JobTitle,
        LeadTextField.Industry => folded.Industry,
        LeadTextField.Owner => folded.Owner,
        _ => null,
    };
}

/// <summary>A rule on a text field; the e-mail domain field matches when any address's domain does.</summary>
/// <remarks>
/// Equality and containment are one class's two modes rather than two overrides, so that evaluating a text rule is a
/// direct call all the way down.
/// </remarks>
internal abstract class TextRule(string name, double points, LeadTextField field, IReadOnlyList<string> patterns, bool contains)
    : FitRule(name, points)
{
    private readonly bool _contains = contains;

    public LeadTextField Field { get; } = field;

    private ScoringText.Patterns Patterns { get; } = new(patterns);

    public sealed override bool Matches(LeadDetails details, FoldedLeadText? folded)
    {
        if (Field == LeadTextField.EmailDomain)
        {
            var emails = details.Emails;
            for (var e = 0; e < emails.Count; e++)
            {
                if (Any(LeadTextFields.Domain(emails[e])))
                {
                    return true;
                }
            }

            return false;
        }

        if (folded is not null && FoldedText(folded, Field) is { } foldedText)
        {
            return _contains ? Patterns.AnyContainedFolded(foldedText) : Patterns.AnyEqualFolded(foldedText);
        }

        var text = LeadTextFields.Of(details, Field);
        return !string.IsNullOrEmpty(text) && Any(text);
    }

    /// <summary>
    /// Whether the rule holds for one value of its field as it is stored, unfolded: a text (the empty text never
    /// matches), or for <see cref="LeadTextField.EmailDomain"/> one address's domain. A lead matches when its value does
    /// (for the domain field: when any of its domains does), exactly as <see cref="Matches"/> decides.
    /// </summary>
    internal bool MatchesValue(string value) =>
        Field == LeadTextField.EmailDomain ? Any(value) : value.Length != 0 && Any(value);

    private bool Any(ReadOnlySpan<char> text) => _contains ? Patterns.AnyContained(text) : Patterns.AnyEqual(text);
}

/// <summary>The field equals one of the values (folded comparison).</summary>
internal sealed class TextOneOfRule(string name, double points, LeadTextField field, IReadOnlyList<string> values)
    : TextRule(name, points, field, values, contains: false)
{
    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>The field contains any of the terms (folded comparison).</summary>
internal sealed class TextContainsAnyRule(string name, double points, LeadTextField field, IReadOnlyList<string> terms)
    : TextRule(name, points, field, terms, contains: true)
{
    public IReadOnlyList<string> Terms { get; } = terms;
}

/// <summary>The number lies in [Min, Max] (either bound optional); a money field may also require a currency.</summary>
internal sealed class NumberRangeRule(string name, double points, LeadNumberField field, decimal? min, decimal? max, string? currency)
    : FitRule(name, points)
{
    private readonly decimal _low = min ?? decimal.MinValue;
    private readonly decimal _high = max ?? decimal.MaxValue;
    private readonly long _lowCount = min is { } lo ? (long)Math.Clamp(Math.Ceiling(lo), long.MinValue, long.MaxValue) : long.MinValue;
    private readonly long _highCount = max is { } hi ? (long)Math.Clamp(Math.Floor(hi), long.MinValue, long.MaxValue) : long.MaxValue;

    public LeadNumberField Field { get; } = field;

    public decimal? Min { get; } = min;

    public decimal? Max { get; } = max;

    public string? Currency { get; } = currency;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) => Field switch
    {
        LeadNumberField.NumberOfEmployees => details.NumberOfEmployees is { } n && MatchesCount(n),
        LeadNumberField.AnnualRevenue => details.AnnualRevenue is { } r && MatchesMoney(r.Amount, r.Currency),
        LeadNumberField.Budget => details.Budget is { } b && MatchesMoney(b.Amount, b.Currency),
        _ => false,
    };

    /// <summary>Whether a count of employees lies in the range: an integer comparison, not a decimal conversion.</summary>
    internal bool MatchesCount(int count) => count >= _lowCount && count <= _highCount;

    /// <summary>Whether an amount of money (of a field this rule reads) lies in the range, in the rule's currency if it names one.</summary>
    internal bool MatchesMoney(decimal amount, string? currency) =>
        (Currency is null || Currency == currency) && amount >= _low && amount <= _high;
}

/// <summary>The field holds a value.</summary>
internal sealed class PresenceRule(string name, double points, LeadPresenceField field) : FitRule(name, points)
{
    public LeadPresenceField Field { get; } = field;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) => Field switch
    {
        LeadPresenceField.Phone => details.HasPhone,
        LeadPresenceField.Email => details.Emails.Count > 0,
        LeadPresenceField.CompanyName => details.CompanyName is not null,
        LeadPresenceField.JobTitle => details.JobTitle is not null,
        LeadPresenceField.Budget => details.Budget is not null,
        LeadPresenceField.StatedNeed => details.StatedNeed is not null,
        LeadPresenceField.PurchaseTimeframe => details.PurchaseTimeframe is not null,
        _ => false,
    };
}

/// <summary>The lead came from one of the sources (a lookup table indexed by source).</summary>
internal sealed class SourceRule(string name, double points, IReadOnlyList<LeadSource> sources) : FitRule(name, points)
{
    private readonly bool[] _table = Table(sources);

    public IReadOnlyList<LeadSource> Sources { get; } = sources;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) => details.Source is { } s && _table[(int)s];

    private static bool[] Table(IReadOnlyList<LeadSource> sources)
    {
        var table = new bool[(int)LeadSource.Other + 1];
        foreach (var s in sources)
        {
            table[(int)s] = true;
        }

        return table;
    }
}

/// <summary>The purchase timeframe is one of the given ones (the "T" of BANT).</summary>
internal sealed class TimeframeRule(string name, double points, IReadOnlyList<PurchaseTimeframe> timeframes) : FitRule(name, points)
{
    private readonly bool[] _table = Table(timeframes);

    public IReadOnlyList<PurchaseTimeframe> Timeframes { get; } = timeframes;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) => details.PurchaseTimeframe is { } t && _table[(int)t];

    private static bool[] Table(IReadOnlyList<PurchaseTimeframe> timeframes)
    {
        var table = new bool[(int)PurchaseTimeframe.Unknown + 1];
        foreach (var t in timeframes)
        {
            table[(int)t] = true;
        }

        return table;
    }
}

/// <summary>The person is (or is known not to be) the decision maker (the "A" of BANT).</summary>
internal sealed class DecisionMakerRule(string name, double points, bool isDecisionMaker) : FitRule(name, points)
{
    public bool IsDecisionMaker { get; } = isDecisionMaker;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) => details.IsDecisionMaker == IsDecisionMaker;
}

/// <summary>A yes/no custom field is yes, such as a do-not-contact flag.</summary>
internal sealed class CustomFlagRule(string name, double points, string customField) : FitRule(name, points)
{
    public string CustomField { get; } = customField;

    public override bool Matches(LeadDetails details, FoldedLeadText? folded) =>
        details.CustomFields.Count > 0
        && details.CustomFields.TryGetValue(CustomField, out var value)
        && value.Boolean == true;
}
