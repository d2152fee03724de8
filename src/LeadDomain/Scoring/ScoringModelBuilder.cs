using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// Builds a <see cref="ScoringModel"/>: fit rules on the lead's fields, engagement rules on its activity log, caps
/// per group, and the thresholds for rating and grade. Each rule method checks its own arguments at once;
/// <see cref="Build"/> checks the whole (unique rule names, one engagement rule per activity type, and the rating and
/// grade thresholds, which may be set in any order).
/// </summary>
public sealed class ScoringModelBuilder
{
    // Far above any sensible points scale, and far below where 100 / (fit + engagement) loses precision.
    private const double MaxCaps = 1e9;

    private readonly List<FitRule> _fit = [];
    private readonly List<ActivityRule> _engagement = [];
    private double _fitCap = 60;
    private double _engagementCap = 40;
    private int _hot = 70;
    private int _warm = 40;
    private int _gradeA = 75;
    private int _gradeB = 50;
    private int _gradeC = 25;

    internal ScoringModelBuilder()
    {
    }

    /// <summary>Sets the most points each group can give (defaults: fit 60, engagement 40). The total is their capped sum over the sum of the caps.</summary>
    /// <param name="fit">The fit cap, 0 or more.</param>
    /// <param name="engagement">The engagement cap, 0 or more; the two may not both be 0, and add up to at most 10^9.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A cap is negative or not a number, both are 0, or they add up to more than 10^9.</exception>
    public ScoringModelBuilder WithCaps(double fit, double engagement)
    {
        if (!(fit >= 0 && engagement >= 0 && fit + engagement is > 0 and <= MaxCaps))
        {
            throw new ArgumentException(
                $"Caps must be 0 or more, not both 0, and add up to at most {MaxCaps}; they were fit {fit}, engagement {engagement}.", nameof(fit));
        }

        (_fitCap, _engagementCap) = (fit, engagement);
        return this;
    }

    /// <summary>Sets the totals from which a lead is Hot and Warm (defaults 70 and 40); below Warm it is Cold.</summary>
    /// <param name="hot">The lowest Hot total.</param>
    /// <param name="warm">The lowest Warm total; 0 &lt;= warm &lt; hot &lt;= 100.</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WithRatingThresholds(int hot, int warm)
    {
        (_hot, _warm) = (hot, warm);
        return this;
    }

    /// <summary>Sets the totals from which a lead is graded A, B and C (defaults 75, 50, 25); below C it is D.</summary>
    /// <param name="a">The lowest A total.</param>
    /// <param name="b">The lowest B total.</param>
    /// <param name="c">The lowest C total; 0 &lt;= c &lt; b &lt; a &lt;= 100.</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WithGradeThresholds(int a, int b, int c)
    {
        (_gradeA, _gradeB, _gradeC) = (a, b, c);
        return this;
    }

    /// <summary>Gives points when a text field equals one of the values (case- and culture-insensitive; Arabic and Persian letters and digits unified).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="field">The field.</param>
    /// <param name="values">The values; at least one, none empty.</param>
    /// <param name="points">The points (negative for a penalty, such as a competitor or a free-mail domain).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenOneOf(string name, LeadTextField field, IEnumerable<string> values, double points) =>
        AddFit(new TextOneOfRule(Name(name), Points(points), Defined(field), Texts(values, nameof(values))));

    /// <summary>Gives points when a text field contains any of the terms (case- and culture-insensitive, as <see cref="WhenOneOf"/>).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="field">The field.</param>
    /// <param name="terms">The terms; at least one, none empty.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenContainsAny(string name, LeadTextField field, IEnumerable<string> terms, double points) =>
        AddFit(new TextContainsAnyRule(Name(name), Points(points), Defined(field), Texts(terms, nameof(terms))));

    /// <summary>Gives points when a number lies in a range, bounds included.</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="field">The field.</param>
    /// <param name="min">The lowest matching value, or null for no lower bound.</param>
    /// <param name="max">The highest matching value, or null for no upper bound.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <param name="currency">For a money field, the currency the amount must be in; null for any.</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenInRange(string name, LeadNumberField field, decimal? min, decimal? max, double points, string? currency = null)
    {
        if (min is null && max is null)
        {
            throw new ArgumentException($"Rule '{Leads.Echo.Cut(name)}' needs a lower or an upper bound.", nameof(min));
        }

        if (min > max)
        {
            throw new ArgumentException($"Rule '{Leads.Echo.Cut(name)}' has min {min} above max {max}.", nameof(min));
        }

        if (currency is not null)
        {
            _ = new Money(0, currency);
            if (field == LeadNumberField.NumberOfEmployees)
            {
                throw new ArgumentException($"Rule '{Leads.Echo.Cut(name)}' gives a currency for the number of employees.", nameof(currency));
            }
        }

        return AddFit(new NumberRangeRule(Name(name), Points(points), Defined(field), min, max, currency));
    }

    /// <summary>Gives points when a field holds a value.</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="field">The field.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenPresent(string name, LeadPresenceField field, double points) =>
        AddFit(new PresenceRule(Name(name), Points(points), Defined(field)));

    /// <summary>Gives points when the lead came from one of the sources (lead source weights).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="sources">The sources; at least one.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenSource(string name, IEnumerable<LeadSource> sources, double points) =>
        AddFit(new SourceRule(Name(name), Points(points), Enums(sources, nameof(sources))));

    /// <summary>Gives points when the purchase timeframe is one of the given ones (BANT's timeline).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="timeframes">The timeframes; at least one.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenTimeframe(string name, IEnumerable<PurchaseTimeframe> timeframes, double points) =>
        AddFit(new TimeframeRule(Name(name), Points(points), Enums(timeframes, nameof(timeframes))));

    /// <summary>Gives points when the person is known to be (or, with <paramref name="isDecisionMaker"/> false, known not to be) the decision maker (BANT's authority).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <param name="isDecisionMaker">The value that matches.</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenDecisionMaker(string name, double points, bool isDecisionMaker = true) =>
        AddFit(new DecisionMakerRule(Name(name), Points(points), isDecisionMaker));

    /// <summary>Gives points when a yes/no custom field is yes, such as a do-not-contact flag (usually a penalty).</summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="customField">The custom field's name.</param>
    /// <param name="points">The points (negative for a penalty).</param>
    /// <returns>This builder.</returns>
    public ScoringModelBuilder WhenCustomFlag(string name, string customField, double points) =>
        AddFit(new CustomFlagRule(Name(name), Points(points), Guard.Against.NullOrWhiteSpace(customField).Trim()));

    /// <summary>
    /// Gives points for each activity of a type that happened within <paramref name="window"/> before the scoring
    /// instant (both ends included; later activities are ignored), each halved every <paramref name="halfLife"/>, or
    /// not decayed at all when it is null; with a <paramref name="cap"/>, each period's points count at most the cap.
    /// </summary>
    /// <param name="name">The rule's name, unique in the model.</param>
    /// <param name="type">The activity type, well-known or the host's own; one rule per type.</param>
    /// <param name="points">The points of a fresh activity (negative for a penalty).</param>
    /// <param name="window">How far back activities count; from one tick (100 ns) to 100 years.</param>
    /// <param name="halfLife">How long an activity takes to lose half its points, from one tick to 100 years; null for no decay.</param>
    /// <param name="cap">The most points the rule gives within each period (HubSpot's per-day limit); null for no limit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is the <c>default</c> value, a duration is out of
    /// range, or the cap's points are not positive and finite or its period is not between one tick and the window.</exception>
    public ScoringModelBuilder ForActivity(string name, ActivityType type, double points, Duration window, Duration? halfLife, ActivityCap? cap = null)
    {
        if (type.Code == 0)
        {
            throw new ArgumentException("The default ActivityType is not a type; use a well-known one or ActivityType.Define.", nameof(type));
        }

        CheckSpan(window, name, "window", nameof(window));
        if (halfLife is { } h)
        {
            CheckSpan(h, name, "half-life", nameof(halfLife));
        }

        if (cap is { } c && (!(c.MaxPoints > 0) || !double.IsFinite(c.MaxPoints) || c.Period < Duration.FromTicks(1) || c.Period > window))
        {
            throw new ArgumentException(
                $"Rule '{Leads.Echo.Cut(name)}' has a cap of {c.MaxPoints} points per {c.Period}; the points must be positive and finite, and the period between one tick and the window ({window}).",
                nameof(cap));
        }

        _engagement.Add(new ActivityRule(Name(name), type, Points(points), window, halfLife, cap));
        return this;
    }

    /// <summary>The longest window or half-life a rule may have: 100 years, far below what ticks can count.</summary>
    internal static Duration MaxSpan { get; } = Duration.FromDays(36_525);

    private static void CheckSpan(Duration span, string rule, string what, string parameterName)
    {
        // Scoring works in ticks (100 ns): a shorter span would round to zero; a far longer one overflows ticks.
        if (span < Duration.FromTicks(1) || span > MaxSpan)
        {
            throw new ArgumentException(
                $"Rule '{Leads.Echo.Cut(rule)}' needs a {what} between one tick (100 ns) and 100 years; it was {span}.", parameterName);
        }
    }

    /// <summary>Checks the whole model and compiles it.</summary>
    /// <returns>The immutable, thread-safe model.</returns>
    /// <exception cref="InvalidScoringModelException">Rule names repeat, an activity type has two rules, or the thresholds are out of order or outside 0-100.</exception>
    public ScoringModel Build()
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _fit.Select(r => r.Name).Concat(_engagement.Select(r => r.Name)))
        {
            if (!names.Add(name))
            {
                problems.Add($"the rule name '{Leads.Echo.Cut(name)}' is used twice");
            }
        }

        foreach (var group in _engagement.GroupBy(r => r.Type).Where(g => g.Count() > 1))
        {
            problems.Add($"activity type {group.Key} has {group.Count()} rules ({string.Join(", ", group.Select(r => r.Name))}); give it one");
        }

        if (!(0 <= _warm && _warm < _hot && _hot <= 100))
        {
            problems.Add($"rating thresholds must satisfy 0 <= warm < hot <= 100; they are hot {_hot}, warm {_warm}");
        }

        if (!(0 <= _gradeC && _gradeC < _gradeB && _gradeB < _gradeA && _gradeA <= 100))
        {
            problems.Add($"grade thresholds must satisfy 0 <= C < B < A <= 100; they are A {_gradeA}, B {_gradeB}, C {_gradeC}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidScoringModelException(problems);
        }

        return new ScoringModel([.. _fit], [.. _engagement], _fitCap, _engagementCap, _hot, _warm, _gradeA, _gradeB, _gradeC);
    }

    private ScoringModelBuilder AddFit(FitRule rule)
    {
        _fit.Add(rule);
        return this;
    }

    /// <summary>The longest rule name, as a lead's short texts (Dynamics' 100 characters).</summary>
    internal const int MaxNameLength = 100;

    /// <summary>The longest value or term: the longest lead text a rule can read (a description, 2,000 characters).</summary>
    internal const int MaxTextLength = 2_000;

    private static string Name(string name)
    {
        var trimmed = Guard.Against.NullOrWhiteSpace(name).Trim();
        if (trimmed.Length > MaxNameLength || !Leads.Echo.IsWellFormed(trimmed))
        {
            throw new ArgumentException(
                $"The rule name '{Leads.Echo.Cut(trimmed)}' has {trimmed.Length} characters{(Leads.Echo.IsWellFormed(trimmed) ? string.Empty : " and half of a surrogate pair")}; give a name of at most {MaxNameLength} characters, well-formed text.",
                nameof(name));
        }

        return trimmed;
    }

    private static double Points(double points) =>
        double.IsFinite(points) ? points : throw new ArgumentException($"Points must be a finite number; they were {points}.", nameof(points));

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentException($"{value} is not a {typeof(T).Name}.", nameof(value));

    private static string[] Texts(IEnumerable<string> values, string parameterName)
    {
        Guard.Against.Null(values, parameterName);
        string[] result = [.. values];
        if (result.FirstOrDefault(v => v is not null && (v.Length > MaxTextLength || !Leads.Echo.IsWellFormed(v))) is { } wrong)
        {
            throw new ArgumentException(
                $"The value '{Leads.Echo.Cut(wrong)}' has {wrong.Length} characters or half of a surrogate pair; no lead text is longer than {MaxTextLength} characters, so give shorter, well-formed values.",
                parameterName);
        }

        if (result.Length == 0 || result.Any(v => string.IsNullOrWhiteSpace(v) || ScoringText.FoldPattern(v).Length == 0))
        {
            throw new ArgumentException("Give at least one value, and no empty one (nor one made only of ignored marks such as tatweel).", parameterName);
        }

        return result;
    }

    private static T[] Enums<T>(IEnumerable<T> values, string parameterName)
        where T : struct, Enum
    {
        Guard.Against.Null(values, parameterName);
        T[] result = [.. values.Distinct()];
        if (result.Length == 0 || !result.All(Enum.IsDefined))
        {
            throw new ArgumentException($"Give at least one {typeof(T).Name}, all defined.", parameterName);
        }

        return result;
    }
}
