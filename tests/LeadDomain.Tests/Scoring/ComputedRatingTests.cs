using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

public sealed class ComputedRatingTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(1);

    /// <summary>Total = 80 (Hot) for a lead with an e-mail, 0 (Cold) without.</summary>
    private static readonly ScoringModel Model =
        ScoringModel.CreateBuilder().WithCaps(100, 0).WhenPresent("email", LeadPresenceField.Email, 80).Build();

    [Fact]
    public void The_rating_follows_the_computed_one()
    {
        var lead = TestLeads.NewLead();

        var score = Model.Score(lead, Now);
        lead.ApplyComputedRating(score.Rating, "scoring");

        Assert.Equal(LeadRating.Hot, score.Rating);
        Assert.Equal(LeadRating.Hot, lead.Details.Rating);
        Assert.False(lead.IsRatingSetByHand);
        Assert.Equal(2, lead.Version);
        Assert.Equal(LeadRating.Hot, Assert.IsType<LeadUpdated>(lead.PendingEvents[^1]).Details.Rating);

        lead.Edit(lead.Details with { Emails = [], BusinessPhone = "123 456" }, "ali");
        lead.ApplyComputedRating(Model.Score(lead, Now).Rating, "scoring");

        Assert.Equal(LeadRating.Cold, lead.Details.Rating);
    }

    [Fact]
    public void Applying_the_same_rating_again_is_no_change()
    {
        var lead = TestLeads.NewLead();
        lead.ApplyComputedRating(Model.Score(lead, Now).Rating, "scoring");

        Assert.False(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.Equal(2, lead.Version);
    }

    [Fact]
    public void A_rating_set_by_hand_wins_until_it_is_cleared()
    {
        var lead = TestLeads.NewLead();
        lead.Edit(lead.Details with { Rating = LeadRating.Cold }, "ali");
        Assert.True(lead.IsRatingSetByHand);

        Assert.False(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.Equal(LeadRating.Cold, lead.Details.Rating);

        lead.Edit(lead.Details with { Rating = null }, "ali");
        Assert.False(lead.IsRatingSetByHand);
        Assert.True(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.Equal(LeadRating.Hot, lead.Details.Rating);
    }

    [Fact]
    public void A_rating_given_at_creation_counts_as_set_by_hand()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Rating = LeadRating.Warm });

        Assert.True(lead.IsRatingSetByHand);
        Assert.False(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
    }

    [Fact]
    public void Only_an_open_lead_takes_a_computed_rating()
    {
        var lead = TestLeads.NewLead();
        lead.Qualify("ali");
        var before = lead.ToSnapshot();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.ApplyComputedRating(Model.Score(lead, Now).Rating, "scoring"));

        Assert.Equal(LeadTrigger.Edit, error.Trigger);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void The_hand_set_flag_is_kept_in_snapshots_and_checked_on_restore()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Create(TestLeads.Qualifiable with { Rating = LeadRating.Cold }, "ali");

        Assert.True(lifecycle.Restore(lead.ToSnapshot()).IsRatingSetByHand);
        var impossible = lead.ToSnapshot() with { Details = lead.Details with { Rating = null } };
        var error = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(impossible));
        Assert.Contains("set by hand but there is no rating", error.Message, StringComparison.Ordinal);
    }
}
