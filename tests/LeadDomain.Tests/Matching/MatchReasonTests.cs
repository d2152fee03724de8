using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><see cref="MatchReason"/>'s text and <see cref="MatchComparison"/>'s (issue 13).</summary>
public sealed class MatchReasonTests
{
    [Theory]
    [InlineData(15, "FirstName +15 (0.95: 'STEVEN' ~ 'STEPHEN')")]
    [InlineData(0, "FirstName +0 (0.95: 'STEVEN' ~ 'STEPHEN')")]
    [InlineData(-1, "FirstName -1 (0.95: 'STEVEN' ~ 'STEPHEN')")]
    public void A_reason_reads_its_field_signed_points_similarity_and_values(int points, string text)
    {
        Assert.Equal(text, new MatchReason(MatchField.FirstName, 0.949, points, "STEVEN", "STEPHEN").ToString());
    }

    [Fact]
    public void A_comparison_reads_its_tier_score_cap_and_reasons()
    {
        var finder = new DuplicateFinder();
        var capped = finder.Compare(new LeadDetails { FirstName = "Ana" }, new LeadDetails { FirstName = "Ana" });
        var free = finder.Compare(new LeadDetails { FirstName = "Ana", LastName = "Lopes" }, new LeadDetails { FirstName = "Ana", LastName = "Lopes" });

        Assert.Equal("None 15 (capped): FirstName +15 (1.00: 'ANA' ~ 'ANA')", capped.ToString());
        Assert.Equal("PossibleDuplicate 40: FirstName +15 (1.00: 'ANA' ~ 'ANA'), LastName +25 (1.00: 'LOPES' ~ 'LOPES')", free.ToString());
    }
}
