using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The refusal of a snapshot that describes an impossible lead (<c>InvalidLeadSnapshotException.cs</c>, <c>InvalidStoredDataException.cs</c>).</summary>
public sealed class InvalidLeadSnapshotExceptionTests
{
    [Fact]
    public void The_message_names_the_lead_and_its_problems_and_what_to_do()
    {
        var id = LeadId.New();

        var error = new InvalidLeadSnapshotException(id, ["Version is 0", "ModifiedAt is before CreatedAt"]);

        Assert.Equal(
            $"The snapshot of lead {id} describes a lead that cannot exist: Version is 0; ModifiedAt is before CreatedAt. Correct the stored data or restore an earlier snapshot.",
            error.Message);
        Assert.Equal(id, error.LeadId);
        Assert.Equal(["Version is 0", "ModifiedAt is before CreatedAt"], error.Problems);
        Assert.IsAssignableFrom<InvalidStoredDataException>(error);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void A_long_problem_is_cut_in_the_list()
    {
        var error = new InvalidLeadSnapshotException(LeadId.New(), [new string('x', 1_000)]);

        Assert.Equal(301, error.Problems[0].Length);
        Assert.EndsWith("…", error.Problems[0], StringComparison.Ordinal);
        Assert.True(error.Message.Length < 600);
    }

    [Fact]
    public void A_restored_snapshot_that_is_refused_says_so()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var snapshot = TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = 0 };

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(snapshot));

        Assert.Equal(snapshot.Id, error.LeadId);
        Assert.NotEmpty(error.Problems);
        Assert.Contains(error.Problems[0], error.Message, StringComparison.Ordinal);
    }
}
