using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadStatusReasonTests
{
    private static readonly DisqualificationReason Duplicate = DisqualificationReason.Define(100, "Duplicate");

    [Fact]
    public void The_well_known_reasons_keep_their_codes_names_and_states()
    {
        Assert.Equal(
            [
                (1, "New", LeadState.Open), (2, "Contacted", LeadState.Open), (3, "Qualified", LeadState.Qualified),
                (4, "Lost", LeadState.Disqualified), (5, "Cannot Contact", LeadState.Disqualified),
                (6, "No Longer Interested", LeadState.Disqualified), (7, "Canceled", LeadState.Disqualified),
                (8, "Converted", LeadState.Converted),
            ],
            LeadStatusReason.WellKnown.Select(r => (r.Code, r.Name, r.State)));
        Assert.Equal("Cannot Contact", LeadStatusReason.CannotContact.ToString());
        Assert.Equal(string.Empty, default(LeadStatusReason).Name);
    }

    [Fact]
    public void Only_a_disqualified_reason_tells_why()
    {
        Assert.Equal(DisqualificationReason.CannotContact, LeadStatusReason.CannotContact.DisqualificationReason);
        Assert.Equal(Duplicate, LeadStatusReason.Disqualified(Duplicate).DisqualificationReason);
        Assert.All(
            new[] { LeadStatusReason.New, LeadStatusReason.Contacted, LeadStatusReason.Qualified, LeadStatusReason.Converted },
            r => Assert.Null(r.DisqualificationReason));
    }

    [Fact]
    public void A_host_reason_is_disqualified_with_its_code_and_name()
    {
        var reason = LeadStatusReason.Disqualified(Duplicate);

        Assert.Equal((100, "Duplicate", LeadState.Disqualified), (reason.Code, reason.Name, reason.State));
        Assert.Equal(LeadStatusReason.Lost, LeadStatusReason.Disqualified(DisqualificationReason.Lost));
    }

    [Fact]
    public void The_default_reason_is_refused_word_for_word()
    {
        var error = Assert.Throws<ArgumentException>(() => LeadStatusReason.Disqualified(default));

        Assert.Equal("reason", error.ParamName);
        Assert.Equal(
            "The default DisqualificationReason is not a reason; use a well-known one or DisqualificationReason.Define. (Parameter 'reason')",
            error.Message);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    [InlineData(-1, false)]
    public void Only_codes_1_to_8_are_well_known(int code, bool known)
    {
        var reason = LeadStatusReason.FromWellKnownCode(code);

        Assert.Equal(known, reason is not null);
        if (reason is { } r)
        {
            Assert.Equal(code, r.Code);
        }
    }

    [Fact]
    public void Only_the_default_value_is_undefined()
    {
        Assert.False(default(LeadStatusReason).IsDefined);
        Assert.All(LeadStatusReason.WellKnown, r => Assert.True(r.IsDefined));
    }

    [Fact]
    public void Reasons_order_by_code_then_by_name()
    {
        var a = LeadStatusReason.FromParts(100, "A", LeadState.Disqualified);
        var b = LeadStatusReason.FromParts(100, "B", LeadState.Disqualified);
        var same = LeadStatusReason.FromParts(100, "A", LeadState.Disqualified);

        Assert.True(LeadStatusReason.New.CompareTo(LeadStatusReason.Contacted) < 0);
        Assert.True(LeadStatusReason.Converted.CompareTo(LeadStatusReason.Lost) > 0);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.Equal(0, a.CompareTo(LeadStatusReason.FromParts(100, "A", LeadState.Open)));
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(a >= same);
        Assert.True(b >= a);
        Assert.False(a >= b);
    }

    [Fact]
    public void As_an_object_it_compares_with_another_reason_and_after_null_only()
    {
        IComparable lost = LeadStatusReason.Lost;

        Assert.True(lost.CompareTo(LeadStatusReason.New) > 0);
        Assert.True(lost.CompareTo(LeadStatusReason.Converted) < 0);
        Assert.Equal(0, lost.CompareTo(LeadStatusReason.Lost));
        Assert.Equal(1, lost.CompareTo(null));
        var error = Assert.Throws<ArgumentException>(() => lost.CompareTo(4));
        Assert.Equal("obj", error.ParamName);
        Assert.Equal("A LeadStatusReason compares only with another. (Parameter 'obj')", error.Message);
    }
}
