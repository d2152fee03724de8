using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The event of a merge's master (<c>Events/LeadMerged.cs</c>): equal by the subordinates it names, not by their list.</summary>
public sealed class LeadMergedTests
{
    private static readonly LeadId Master = LeadId.New();
    private static readonly LeadId A = LeadId.New();
    private static readonly LeadId B = LeadId.New();
    private static readonly LeadDetails Details = new() { LastName = "Karimi", CompanyName = "Pars" };

    private static LeadMerged Merged(IReadOnlyList<LeadId> subordinates, LeadDetails? details = null) =>
        new(Master, 3, TestLeads.Start, "sara", subordinates, details ?? Details);

    [Fact]
    public void Two_lists_of_the_same_subordinates_make_equal_events_with_equal_hashes()
    {
        var array = Merged([A, B]);
        var list = Merged(new List<LeadId> { A, B });

        Assert.Equal(array, list);
        Assert.Equal(array.GetHashCode(), list.GetHashCode());
        Assert.True(array == list);
    }

    [Fact]
    public void Other_subordinates_their_order_or_other_details_make_another_event()
    {
        var merged = Merged([A, B]);

        Assert.NotEqual(merged, Merged([B, A]));
        Assert.NotEqual(merged, Merged([A]));
        Assert.NotEqual(merged, Merged([A, B], Details with { LastName = "Rahimi" }));
        Assert.NotEqual(merged, merged with { Version = 4 });
        Assert.False(merged.Equals(null));
        Assert.NotEqual<LeadEvent>(merged, new LeadMergedInto(Master, 3, TestLeads.Start, "sara", A));
    }
}
