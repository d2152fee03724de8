using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;
using static LeadDomain.Benchmarks.Scoring.ScoringSpec;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The honest baseline of issue 16: what a team writes when it scores leads by hand and keeps them in its own small
/// records, not in <see cref="Lead"/> aggregates. One plain class per lead holding only what the rules read (texts as
/// strings, numbers, flags, the e-mail domains, the activities as an array of structs), and a straightforward loop with
/// <see cref="StringComparison.OrdinalIgnoreCase"/> and <c>Math.Pow</c> per activity, as <see cref="HandWrittenScorer"/>.
/// </summary>
internal static class CompactLeadScorer
{
    /// <summary>The records for <paramref name="leads"/>, made once in the setup (not timed).</summary>
    public static CompactLead[] From(Lead[] leads) => [.. leads.Select(CompactLead.From)];

    public static void ScoreAll(CompactLead[] leads, LeadScore[] destination, Instant at)
    {
        var now = at.ToUnixTimeTicks();
        for (var i = 0; i < leads.Length; i++)
        {
            var lead = leads[i];
            var engagement = 0.0;
            foreach (var activity in lead.Activities)
            {
                engagement += Decayed(activity, now);
            }

            destination[i] = Finish(Fit(lead), engagement);
        }
    }

    private static double Fit(CompactLead d)
    {
        var fit = 0.0;
        if (d.Industry is { } industry && OneOf(industry, Industries))
        {
            fit += IndustryPoints;
        }

        if (d.JobTitle is { } title && ContainsAny(title, SeniorTitleTerms))
        {
            fit += SeniorTitlePoints;
        }

        if (d.RevenueCurrency == RevenueCurrency && d.Revenue >= RevenueMin && d.Revenue <= RevenueMax)
        {
            fit += RevenuePoints;
        }

        if (d.Employees is >= EmployeesMin and <= EmployeesMax)
        {
            fit += EmployeesPoints;
        }

        if (d.HasPhone)
        {
            fit += PhonePoints;
        }

        if (d.Source is LeadSource.EmployeeReferral or LeadSource.ExternalReferral or LeadSource.Partner)
        {
            fit += ReferralSourcePoints;
        }

        if (d.Source is LeadSource.Web or LeadSource.TradeShow or LeadSource.Seminar)
        {
            fit += InboundSourcePoints;
        }

        foreach (var domain in d.EmailDomains)
        {
            if (OneOf(domain, FreeMailDomains))
            {
                fit += FreeMailPoints;
                break;
            }
        }

        if (d.CompanyName is { } company && OneOf(company, Competitors))
        {
            fit += CompetitorPoints;
        }

        if (d.BudgetCurrency is not null)
        {
            fit += BudgetPresentPoints;
        }

        if (d.BudgetCurrency == BudgetCurrency && d.Budget >= BudgetMin)
        {
            fit += BudgetRangePoints;
        }

        if (d.IsDecisionMaker == true)
        {
            fit += DecisionMakerPoints;
        }

        if (d.Timeframe is PurchaseTimeframe.Immediate or PurchaseTimeframe.ThisQuarter)
        {
            fit += TimeframePoints;
        }

        if (d.HasStatedNeed)
        {
            fit += StatedNeedPoints;
        }

        return fit;
    }

    private static bool OneOf(string text, string[] values)
    {
        foreach (var value in values)
        {
            if (string.Equals(text, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] terms)
    {
        foreach (var term in terms)
        {
            if (text.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double Decayed(CompactActivity activity, long now)
    {
        var age = now - activity.Ticks;
        if (age < 0)
        {
            return 0;
        }

        foreach (var rule in Engagement)
        {
            if (rule.Type.Code == activity.TypeCode)
            {
                return age <= rule.WindowTicks ? rule.Points * Math.Pow(0.5, (double)age / rule.HalfLifeTicks) : 0;
            }
        }

        return 0;
    }
}

/// <summary>One activity of a compact record: the type's code and the instant in ticks.</summary>
internal readonly record struct CompactActivity(int TypeCode, long Ticks);

/// <summary>A lead as a team would keep it for scoring by hand: only what the rules read, a few hundred bytes.</summary>
internal sealed class CompactLead
{
    public string? Industry { get; init; }

    public string? JobTitle { get; init; }

    public string? CompanyName { get; init; }

    public decimal Revenue { get; init; }

    public string? RevenueCurrency { get; init; }

    public decimal Budget { get; init; }

    public string? BudgetCurrency { get; init; }

    public int? Employees { get; init; }

    public bool HasPhone { get; init; }

    public bool HasStatedNeed { get; init; }

    public LeadSource? Source { get; init; }

    public PurchaseTimeframe? Timeframe { get; init; }

    public bool? IsDecisionMaker { get; init; }

    public string[] EmailDomains { get; init; } = [];

    public CompactActivity[] Activities { get; init; } = [];

    public static CompactLead From(Lead lead)
    {
        var d = lead.Details;
        return new CompactLead
        {
            Industry = d.Industry,
            JobTitle = d.JobTitle,
            CompanyName = d.CompanyName,
            Revenue = d.AnnualRevenue?.Amount ?? 0,
            RevenueCurrency = d.AnnualRevenue?.Currency,
            Budget = d.Budget?.Amount ?? 0,
            BudgetCurrency = d.Budget?.Currency,
            Employees = d.NumberOfEmployees,
            HasPhone = d.BusinessPhone is not null || d.MobilePhone is not null,
            HasStatedNeed = d.StatedNeed is not null,
            Source = d.Source,
            Timeframe = d.PurchaseTimeframe,
            IsDecisionMaker = d.IsDecisionMaker,
            EmailDomains = [.. d.Emails.Select(e => e[(e.IndexOf('@', StringComparison.Ordinal) + 1)..])],
            Activities = [.. lead.Activities.Select(a => new CompactActivity(a.Type.Code, a.At.ToUnixTimeTicks()))],
        };
    }
}
