using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;
using static LeadDomain.Benchmarks.Scoring.ScoringSpec;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The rule set written by hand, as a developer would write it without a scoring library: direct property reads,
/// <see cref="string.Equals(string, string, StringComparison)"/> with <see cref="StringComparison.OrdinalIgnoreCase"/>,
/// <c>Math.Pow</c> per activity. This is the practical limit the library is measured against.
/// </summary>
internal static class HandWrittenScorer
{
    /// <summary>Scores through the public API only (<see cref="Lead.Activities"/>, an <see cref="IReadOnlyList{T}"/>).</summary>
    public static void ScoreAll(Lead[] leads, LeadScore[] destination, Instant at) => ScoreRange(leads, destination, 0, leads.Length, at);

    /// <summary>Scores leads <paramref name="start"/> to <paramref name="end"/> (excluded), for a two-thread control run.</summary>
    public static void ScoreRange(Lead[] leads, LeadScore[] destination, int start, int end, Instant at)
    {
        var now = at.ToUnixTimeTicks();
        for (var i = start; i < end; i++)
        {
            var lead = leads[i];
            var engagement = 0.0;
            var activities = lead.Activities;
            for (var a = 0; a < activities.Count; a++)
            {
                engagement += Decayed(activities[a], now);
            }

            destination[i] = Finish(Fit(lead.Details), engagement);
        }
    }

    /// <summary>The same, reading the activities through the internal span the library reads (the floor).</summary>
    public static void ScoreAllSpan(Lead[] leads, LeadScore[] destination, Instant at)
    {
        var now = at.ToUnixTimeTicks();
        for (var i = 0; i < leads.Length; i++)
        {
            var lead = leads[i];
            var engagement = 0.0;
            foreach (var activity in lead.ActivitySpan)
            {
                engagement += Decayed(activity, now);
            }

            destination[i] = Finish(Fit(lead.Details), engagement);
        }
    }

    public static double Fit(LeadDetails d)
    {
        var fit = 0.0;
        if (IsTargetIndustry(d))
        {
            fit += IndustryPoints;
        }

        if (HasSeniorTitle(d))
        {
            fit += SeniorTitlePoints;
        }

        if (HasTargetRevenue(d))
        {
            fit += RevenuePoints;
        }

        if (HasTargetEmployees(d))
        {
            fit += EmployeesPoints;
        }

        if (HasPhone(d))
        {
            fit += PhonePoints;
        }

        if (IsReferral(d))
        {
            fit += ReferralSourcePoints;
        }

        if (IsInbound(d))
        {
            fit += InboundSourcePoints;
        }

        if (HasFreeMail(d))
        {
            fit += FreeMailPoints;
        }

        if (IsCompetitor(d))
        {
            fit += CompetitorPoints;
        }

        if (HasBudget(d))
        {
            fit += BudgetPresentPoints;
        }

        if (HasTargetBudget(d))
        {
            fit += BudgetRangePoints;
        }

        if (IsDecisionMaker(d))
        {
            fit += DecisionMakerPoints;
        }

        if (BuysSoon(d))
        {
            fit += TimeframePoints;
        }

        if (HasStatedNeed(d))
        {
            fit += StatedNeedPoints;
        }

        return fit;
    }

    public static bool IsTargetIndustry(LeadDetails d)
    {
        if (d.Industry is { } industry)
        {
            foreach (var target in Industries)
            {
                if (string.Equals(industry, target, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasSeniorTitle(LeadDetails d)
    {
        if (d.JobTitle is { } title)
        {
            foreach (var term in SeniorTitleTerms)
            {
                if (title.Contains(term, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasTargetRevenue(LeadDetails d) =>
        d.AnnualRevenue is { } revenue && revenue.Currency == RevenueCurrency && revenue.Amount >= RevenueMin && revenue.Amount <= RevenueMax;

    public static bool HasTargetEmployees(LeadDetails d) => d.NumberOfEmployees is >= EmployeesMin and <= EmployeesMax;

    public static bool HasPhone(LeadDetails d) => d.BusinessPhone is not null || d.MobilePhone is not null;

    public static bool IsReferral(LeadDetails d) => d.Source is LeadSource.EmployeeReferral or LeadSource.ExternalReferral or LeadSource.Partner;

    public static bool IsInbound(LeadDetails d) => d.Source is LeadSource.Web or LeadSource.TradeShow or LeadSource.Seminar;

    public static bool HasFreeMail(LeadDetails d)
    {
        var emails = d.Emails;
        for (var e = 0; e < emails.Count; e++)
        {
            var email = emails[e];
            var domain = email.AsSpan(email.IndexOf('@', StringComparison.Ordinal) + 1);
            foreach (var freeMail in FreeMailDomains)
            {
                if (domain.Equals(freeMail, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsCompetitor(LeadDetails d)
    {
        if (d.CompanyName is { } company)
        {
            foreach (var competitor in Competitors)
            {
                if (string.Equals(company, competitor, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasBudget(LeadDetails d) => d.Budget is not null;

    public static bool HasTargetBudget(LeadDetails d) => d.Budget is { } budget && budget.Currency == BudgetCurrency && budget.Amount >= BudgetMin;

    public static bool IsDecisionMaker(LeadDetails d) => d.IsDecisionMaker == true;

    public static bool BuysSoon(LeadDetails d) => d.PurchaseTimeframe is PurchaseTimeframe.Immediate or PurchaseTimeframe.ThisQuarter;

    public static bool HasStatedNeed(LeadDetails d) => d.StatedNeed is not null;

    public static double Decayed(LeadActivity activity, long now)
    {
        var age = now - activity.At.ToUnixTimeTicks();
        if (age < 0)
        {
            return 0;
        }

        foreach (var rule in Engagement)
        {
            if (rule.Type == activity.Type)
            {
                return age <= rule.WindowTicks ? rule.Points * Math.Pow(0.5, (double)age / rule.HalfLifeTicks) : 0;
            }
        }

        return 0;
    }
}
