using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The refusal of a merge (<c>LeadMergeRefusedException.cs</c>): with or without a master, problems bounded.</summary>
public sealed class LeadMergeRefusedExceptionTests
{
    [Fact]
    public void Without_a_master_the_message_names_no_lead_and_says_nothing_changed()
    {
        var error = new LeadMergeRefusedException(null, ["none of the 2 leads is open"]);

        Assert.Equal("The leads cannot be merged: none of the 2 leads is open. No lead was changed.", error.Message);
        Assert.Null(error.MasterId);
        Assert.Equal(["none of the 2 leads is open"], error.Problems);
        Assert.IsAssignableFrom<OperationRefusedException>(error);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void With_a_master_the_message_names_it()
    {
        var master = LeadId.New();

        var error = new LeadMergeRefusedException(master, ["a", "b"]);

        Assert.Equal($"The leads cannot be merged into lead {master}: a; b. No lead was changed.", error.Message);
        Assert.Equal(master, error.MasterId);
    }

    [Fact]
    public void Many_problems_are_kept_bounded_in_the_list_and_the_message()
    {
        var problems = Enumerable.Range(0, 25).Select(i => $"problem {i}").ToArray();

        var error = new LeadMergeRefusedException(null, problems);

        Assert.Equal(21, error.Problems.Count);
        Assert.Equal("and 5 more", error.Problems[^1]);
        Assert.EndsWith("problem 19; and 5 more. No lead was changed.", error.Message, StringComparison.Ordinal);
    }
}
