using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

/// <summary>
/// Behaviour that mutation testing found unpinned (issue 13): LeadDetails equality field by field, the order of times
/// in a snapshot, the folding of ignorable Arabic-script marks at the edges of their range, and the lifecycle's
/// per-thread machine when a requirement fires a transition on another lead.
/// </summary>
public sealed class LeadPinningTests
{
    public static TheoryData<string> DetailFields => [.. typeof(LeadDetails).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(DetailFields))]
    public void Details_that_differ_in_any_one_field_are_not_equal_and_an_edit_of_it_is_a_change(string field)
    {
        var lead = TestLeads.NewLead(details: Full);
        var changed = Change(lead.Details, field);

        Assert.NotEqual(lead.Details, changed);
        Assert.NotEqual(changed, lead.Details);
        Assert.True(lead.Edit(changed, "ali"), $"an edit of {field} alone was taken for no change");
        Assert.Equal(2, lead.Version);
    }

    [Fact]
    public void Equal_details_are_equal_and_hash_alike_whatever_the_collections_hold_them()
    {
        var a = Full;
        var b = Full with { Emails = [.. Full.Emails], CustomFields = new Dictionary<string, CustomFieldValue>(Full.CustomFields) };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        var two = a with { Emails = ["x@a.example", "y@a.example"] };
        Assert.NotEqual(two, two with { Emails = ["y@a.example", "x@a.example"] });
        Assert.NotEqual(a, a with { CustomFields = new Dictionary<string, CustomFieldValue> { ["seats"] = CustomFieldValue.FromNumber(40) } });
    }

    [Theory]
    [InlineData("entry later than modified", "later than the modification time")]
    [InlineData("entry before the one before", "is earlier than the entry before it")]
    [InlineData("creation entry off the creation time", "not at the creation time")]
    [InlineData("modified before created", "before it was created")]
    public void A_snapshot_whose_times_run_backwards_is_refused(string how, string expected)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);
        lead.MarkContacted("ali");
        lead.Qualify("ali");
        var s = lead.ToSnapshot();
        var tick = Duration.Epsilon;
        var broken = how switch
        {
            "entry later than modified" => s with { ModifiedAt = s.History[^1].At - tick },
            "entry before the one before" => s with { History = [s.History[0], s.History[1], s.History[2] with { At = s.History[1].At - tick }] },
            "creation entry off the creation time" => s with { History = [s.History[0] with { At = s.CreatedAt + tick }, s.History[1], s.History[2]] },
            _ => s with { ModifiedAt = s.CreatedAt - tick },
        };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(broken));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_whose_times_are_all_equal_restores()
    {
        var lifecycle = new LeadLifecycle(new NodaTime.Testing.FakeClock(TestLeads.Start), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.MarkContacted("ali");
        lead.Qualify("ali");

        var restored = lifecycle.Restore(lead.ToSnapshot());

        Assert.All(restored.History, h => Assert.Equal(TestLeads.Start, h.At));
        Assert.Equal(lead.ToSnapshot(), restored.ToSnapshot());
    }

    [Theory]
    [InlineData('\u064A', false)] // yeh: folded, not dropped
    [InlineData('\u064B', true)] // fathatan: the first harakah
    [InlineData('\u0650', true)]
    [InlineData('\u065F', true)] // the last mark of the range
    [InlineData('\u0660', false)] // Arabic-Indic zero
    [InlineData('\u0640', true)] // tatweel
    [InlineData('\u063F', false)]
    [InlineData('\u0641', false)]
    [InlineData('\u0670', true)] // superscript alef
    [InlineData('\u066F', false)]
    [InlineData('\u0671', false)]
    [InlineData('\u200C', true)] // ZWNJ
    [InlineData('\u200D', true)] // ZWJ
    [InlineData('\u200B', false)]
    [InlineData('\u200E', false)]
    public void Only_tatweel_harakat_superscript_alef_ZWNJ_and_ZWJ_are_dropped(char c, bool dropped)
    {
        Assert.Equal(dropped, TextFolding.IsIgnorable(c));
        Assert.Equal(dropped ? "AB" : "A" + TextFolding.Fold(c) + "B", TextFolding.Fold("a" + c + "b"));
    }

    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("\u065F\u0669\u06F9\u06F0\u0660", "9900")]
    public void Arabic_Indic_and_Persian_digits_fold_to_ASCII_at_both_ends_of_their_ranges(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Fact]
    public void A_requirement_that_changes_another_lead_gets_its_own_machine_and_both_leads_end_where_they_should()
    {
        Lead? sibling = null;
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions
        {
            CreationPolicy = LeadCreationPolicy.Lenient,
            QualificationPolicy = QualificationPolicy.Default.Require("the sibling is contacted first", _ =>
            {
                // Fires on the same lifecycle and thread while this lead's Qualify is running.
                if (sibling!.StatusReason == LeadStatusReason.New)
                {
                    sibling.MarkContacted("guard");
                }

                return sibling.CanFire(LeadTrigger.MarkContacted) is false;
            }),
        });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        sibling = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.Qualify("ali");

        Assert.Equal(LeadStatusReason.Qualified, lead.StatusReason);
        Assert.Equal(LeadStatusReason.Contacted, sibling.StatusReason);
        Assert.Equal(new[] { "ali", "guard" }, sibling.History.Select(h => h.ActingUser));
        Assert.Equal(new[] { LeadStatusReason.New, LeadStatusReason.Qualified }, lead.History.Select(h => h.To));

        // The thread's machine is free again: the next operations bind the right leads.
        sibling.Qualify("ali");
        lead.Reactivate("ali");
        Assert.Equal((LeadStatusReason.Qualified, LeadStatusReason.New), (sibling.StatusReason, lead.StatusReason));
    }

    [Fact]
    public void Each_thread_binds_its_own_leads_to_its_own_machine()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default.Require("slow", _ =>
        {
            Thread.Sleep(1);
            return true;
        }));
        var leads = Enumerable.Range(0, 64).Select(_ => lifecycle.Create(TestLeads.Qualifiable, "ali")).ToArray();

        Parallel.For(0, leads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                leads[i].Qualify("q" + i);
            }
            else
            {
                leads[i].Disqualify("d" + i);
            }
        });

        for (var i = 0; i < leads.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? LeadStatusReason.Qualified : LeadStatusReason.Lost, leads[i].StatusReason);
            Assert.Equal((i % 2 == 0 ? "q" : "d") + i, leads[i].History[^1].ActingUser);
        }
    }

    private static LeadDetails Full => new()
    {
        Topic = "Topic", Salutation = "Dr.", FirstName = "Sara", MiddleName = "M", LastName = "Lima", CompanyName = "Contoso",
        JobTitle = "CTO", Emails = ["sara@contoso.example"], BusinessPhone = "021 1111 0000", MobilePhone = "0912 000 0000",
        HomePhone = "021 2222 0000", OtherPhone = "021 3333 0000", Fax = "021 4444 0000", Website = "contoso.example",
        Address = new PostalAddress("Line 1", null, null, "Lisboa", null, null, "Portugal"),
        PreferredContactMethod = PreferredContactMethod.Email, Source = LeadSource.Web, Campaign = "Spring", Industry = "Software",
        AnnualRevenue = new Money(10, "EUR"), Budget = new Money(5, "EUR"), NumberOfEmployees = 10,
        PurchaseTimeframe = PurchaseTimeframe.ThisYear, IsDecisionMaker = true, StatedNeed = "CRM", Rating = LeadRating.Warm,
        Owner = "ali", Description = "Met at the expo",
        CustomFields = new Dictionary<string, CustomFieldValue> { ["seats"] = CustomFieldValue.FromNumber(40), ["vip"] = CustomFieldValue.FromBoolean(true) },
    };

    private static LeadDetails Change(LeadDetails d, string field) => field switch
    {
        nameof(LeadDetails.Topic) => d with { Topic = "Other topic" },
        nameof(LeadDetails.Salutation) => d with { Salutation = "Ms." },
        nameof(LeadDetails.FirstName) => d with { FirstName = "Ana" },
        nameof(LeadDetails.MiddleName) => d with { MiddleName = "N" },
        nameof(LeadDetails.LastName) => d with { LastName = "Costa" },
        nameof(LeadDetails.CompanyName) => d with { CompanyName = "Fabrikam" },
        nameof(LeadDetails.JobTitle) => d with { JobTitle = "CEO" },
        nameof(LeadDetails.Emails) => d with { Emails = ["ana@contoso.example"] },
        nameof(LeadDetails.BusinessPhone) => d with { BusinessPhone = "021 9999 0000" },
        nameof(LeadDetails.MobilePhone) => d with { MobilePhone = "0912 999 0000" },
        nameof(LeadDetails.HomePhone) => d with { HomePhone = "021 9998 0000" },
        nameof(LeadDetails.OtherPhone) => d with { OtherPhone = "021 9997 0000" },
        nameof(LeadDetails.Fax) => d with { Fax = "021 9996 0000" },
        nameof(LeadDetails.Website) => d with { Website = "fabrikam.example" },
        nameof(LeadDetails.Address) => d with { Address = new PostalAddress("Line 2", null, null, "Porto", null, null, "Portugal") },
        nameof(LeadDetails.PreferredContactMethod) => d with { PreferredContactMethod = PreferredContactMethod.Phone },
        nameof(LeadDetails.Source) => d with { Source = LeadSource.Partner },
        nameof(LeadDetails.Campaign) => d with { Campaign = "Autumn" },
        nameof(LeadDetails.Industry) => d with { Industry = "Retail" },
        nameof(LeadDetails.AnnualRevenue) => d with { AnnualRevenue = new Money(11, "EUR") },
        nameof(LeadDetails.Budget) => d with { Budget = new Money(5, "USD") },
        nameof(LeadDetails.NumberOfEmployees) => d with { NumberOfEmployees = 11 },
        nameof(LeadDetails.PurchaseTimeframe) => d with { PurchaseTimeframe = PurchaseTimeframe.Immediate },
        nameof(LeadDetails.IsDecisionMaker) => d with { IsDecisionMaker = false },
        nameof(LeadDetails.StatedNeed) => d with { StatedNeed = "ERP" },
        nameof(LeadDetails.Rating) => d with { Rating = LeadRating.Hot },
        nameof(LeadDetails.Owner) => d with { Owner = "sara" },
        nameof(LeadDetails.Description) => d with { Description = "Called back" },
        nameof(LeadDetails.DoNotEmail) => d with { DoNotEmail = true },
        nameof(LeadDetails.DoNotBulkEmail) => d with { DoNotBulkEmail = true },
        nameof(LeadDetails.DoNotPhone) => d with { DoNotPhone = true },
        nameof(LeadDetails.DoNotFax) => d with { DoNotFax = true },
        nameof(LeadDetails.DoNotPostalMail) => d with { DoNotPostalMail = true },
        nameof(LeadDetails.CustomFields) => d with { CustomFields = new Dictionary<string, CustomFieldValue> { ["seats"] = CustomFieldValue.FromNumber(41), ["vip"] = CustomFieldValue.FromBoolean(true) } },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "a field the test does not know: add it"),
    };
}
