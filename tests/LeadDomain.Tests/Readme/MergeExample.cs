using LeadDomain.Bulk;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Merging duplicates" example, compiled, run and checked against its comments.</summary>
public sealed class MergeExample
{
    [Fact]
    public void Runs()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var sara = lifecycle.Create(new LeadDetails { FirstName = "Sara", LastName = "Lima", Emails = ["sara@contoso.example"], JobTitle = "CTO" }, "ali");
        var duplicate = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["sara@contoso.example", "s.lima@home.example"], JobTitle = "Director", MobilePhone = "+55 11 5555 0000" }, "ali");
        var leads = new[] { sara, duplicate };

        // README: merge
        // Merge two leads: the master keeps its values and takes the duplicate's where it has none.
        LeadMergeResult merged = lifecycle.Merge([sara, duplicate], "ali", new LeadMergeOptions { Master = sara.Id });
        foreach (MergeLeftover value in merged.LeftOver)                // nothing is lost silently
        {
            Console.WriteLine($"{value.Field} '{value.Value}' of {value.From}: {value.Reason}"); // JobTitle 'Director' of …: OtherValueKept
        }

        // sara: the mobile phone and the second e-mail filled in; duplicate: Disqualified (Canceled), read-only
        LeadId? master = duplicate.MasterId;                             // sara.Id: follow it to the lead that carries on

        // Merge every group the matcher calls the same lead (MatchTier.Duplicate: never a colleague at the same company),
        // the master of each by the rule (an open lead, Contacted before New, then the oldest); one outcome per lead,
        // and a refused group changes nothing.
        var pairs = new DuplicateFinder().FindLeads(leads)
            .Where(pair => pair.Comparison.Tier == MatchTier.Duplicate)
            .Select(pair => (LeadId.Parse(pair.First), LeadId.Parse(pair.Second)));
        IReadOnlyList<LeadOutcome> outcomes = BulkMerge.Run(BulkMerge.Groups(leads, pairs), "ali");
        // README: end

        Assert.Equal(["sara@contoso.example", "s.lima@home.example"], sara.Details.Emails);
        Assert.Equal("+55 11 5555 0000", sara.Details.MobilePhone);
        Assert.Equal([new MergeLeftover(duplicate.Id, LeadField.JobTitle, "Director", MergeLeftoverReason.OtherValueKept)],
            merged.LeftOver.Where(l => l.Field != LeadField.Topic));
        Assert.Equal(sara.Id, master);
        Assert.Equal(LeadStatusReason.Canceled, duplicate.StatusReason);
        Assert.Equal(2, outcomes.Count);   // the pair is found again, and refused: the duplicate is merged already
        Assert.All(outcomes, o => Assert.IsType<LeadMergeRefusedException>(o.Refusal));
    }
}
