using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>How details are cleaned and checked before a lead holds them: every limit at and one past its edge, every refusal word for word.</summary>
public sealed class LeadDetailsRulesTests
{
    private static LeadDetails Normalize(LeadDetails details) => LeadDetailsRules.Normalize(details, "details");

    private static void Refused(LeadDetails details, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Normalize(details));
        Assert.Equal("details", error.ParamName);
        Assert.Equal($"{message} (Parameter 'details')", error.Message);
    }

    public static TheoryData<string, int> TextLimits => new()
    {
        { nameof(LeadDetails.Topic), 300 },
        { nameof(LeadDetails.Salutation), 100 },
        { nameof(LeadDetails.FirstName), 50 },
        { nameof(LeadDetails.MiddleName), 50 },
        { nameof(LeadDetails.LastName), 50 },
        { nameof(LeadDetails.CompanyName), 100 },
        { nameof(LeadDetails.JobTitle), 100 },
        { nameof(LeadDetails.Website), 200 },
        { nameof(LeadDetails.Campaign), 100 },
        { nameof(LeadDetails.Industry), 100 },
        { nameof(LeadDetails.StatedNeed), 2000 },
        { nameof(LeadDetails.Owner), 100 },
        { nameof(LeadDetails.Description), 2000 },
    };

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Each_text_field_keeps_its_Dynamics_365_length_and_refuses_one_more(string field, int max)
    {
        var property = typeof(LeadDetails).GetProperty(field)!;
        LeadDetails With(string value)
        {
            var details = new LeadDetails { LastName = "Lima" };
            property.SetValue(details, value);   // init-only: set on a fresh copy before anyone reads it
            return details;
        }

        var longest = new string('t', max);
        Assert.Equal(longest, property.GetValue(Normalize(With(" " + longest + " "))));

        var text = new string('t', max + 1);
        Refused(With(text), $"{field} holds {max + 1} characters; at most {max} fit (Dynamics 365's length for it). Shorten it: '{Echo.Cut(text)}'.");
    }

    public static TheoryData<string, int> PhoneLimits => new()
    {
        { nameof(LeadDetails.BusinessPhone), 50 },
        { nameof(LeadDetails.MobilePhone), 20 },
        { nameof(LeadDetails.HomePhone), 50 },
        { nameof(LeadDetails.OtherPhone), 50 },
        { nameof(LeadDetails.Fax), 50 },
    };

    [Theory]
    [MemberData(nameof(PhoneLimits))]
    public void Each_phone_keeps_its_length_refuses_one_more_and_refuses_what_is_no_number(string field, int max)
    {
        var property = typeof(LeadDetails).GetProperty(field)!;
        LeadDetails With(string value)
        {
            var details = new LeadDetails { LastName = "Lima" };
            property.SetValue(details, value);
            return details;
        }

        var longest = new string('1', max);
        Assert.Equal(longest, property.GetValue(Normalize(With(longest))));
        Refused(With(new string('1', max + 1)), $"{field} holds {max + 1} characters; at most {max} fit (Dynamics 365's length for it). Shorten it: '{new string('1', max + 1)}'.");
        Refused(With("021 555 x"), $"{field} holds '021 555 x', which is not a phone number (digits in any script, with optional + ( ) - . / and spaces).");
        Assert.Null(property.GetValue(Normalize(With("   "))));
    }

    [Theory]
    [InlineData("123", true)]
    [InlineData("12", false)]
    [InlineData("+1 (2) 3-4.5/6", true)]
    [InlineData("1+23", false)]
    [InlineData("++123", false)]
    [InlineData("۱۲۳", true)]
    [InlineData("12a3", false)]
    [InlineData("1_23", false)]
    [InlineData("", false)]
    public void A_phone_is_three_digits_or_more_in_any_script_with_plus_first_and_separators(string value, bool phone) =>
        Assert.Equal(phone, LeadDetailsRules.IsPhone(value));

    [Theory]
    [InlineData("a@b", true)]
    [InlineData("a@b.example", true)]
    [InlineData("@b.example", false)]
    [InlineData("a@", false)]
    [InlineData("a@b@c", false)]
    [InlineData("a b@c", false)]
    [InlineData("a@b\tc", false)]
    [InlineData("a@b\rc", false)]
    [InlineData("a@b\nc", false)]
    [InlineData("a@..", false)]
    [InlineData("a@.b.", true)]
    public void An_e_mail_has_one_at_sign_inside_no_white_space_and_a_domain(string value, bool email) =>
        Assert.Equal(email, LeadDetailsRules.IsEmail(value));

    [Theory]
    [InlineData(LeadSource.Advertisement, "Advertisement")]
    [InlineData(LeadSource.EmployeeReferral, "Employee Referral")]
    [InlineData(LeadSource.ExternalReferral, "External Referral")]
    [InlineData(LeadSource.Partner, "Partner")]
    [InlineData(LeadSource.PublicRelations, "Public Relations")]
    [InlineData(LeadSource.Seminar, "Seminar")]
    [InlineData(LeadSource.TradeShow, "Trade Show")]
    [InlineData(LeadSource.Web, "Web")]
    [InlineData(LeadSource.WordOfMouth, "Word of Mouth")]
    [InlineData(LeadSource.Other, "Other")]
    [InlineData((LeadSource)42, "42")]
    public void Each_source_has_Dynamics_365s_display_name_in_a_composed_topic(LeadSource source, string name)
    {
        Assert.Equal(name, LeadDetailsRules.DisplayName(source));
        Assert.Equal($"Contoso - Sara Lima ({name})", LeadDetailsRules.ComposeTopic("Contoso", "Sara", "Lima", source));
    }

    [Fact]
    public void A_topic_is_composed_only_from_a_company_or_a_name()
    {
        Assert.Null(LeadDetailsRules.ComposeTopic(null, null, null, LeadSource.Web));
        Assert.Equal("Contoso", LeadDetailsRules.ComposeTopic("Contoso", null, null, null));
        Assert.Equal("Sara", LeadDetailsRules.ComposeTopic(null, "Sara", null, null));
    }

    public static TheoryData<string, string> AddressLimits => new()
    {
        { "Line1", "250" }, { "Line2", "250" }, { "Line3", "250" }, { "City", "80" },
        { "StateOrProvince", "50" }, { "PostalCode", "20" }, { "Country", "80" },
    };

    [Theory]
    [MemberData(nameof(AddressLimits))]
    public void Each_address_part_keeps_its_length_and_refuses_one_more(string part, string maxText)
    {
        var max = int.Parse(maxText, System.Globalization.CultureInfo.InvariantCulture);
        var property = typeof(PostalAddress).GetProperty(part)!;
        PostalAddress With(string value)
        {
            var address = new PostalAddress();
            property.SetValue(address, value);
            return address;
        }

        var longest = new string('a', max);
        Assert.Equal(longest, property.GetValue(Normalize(new LeadDetails { LastName = "Lima", Address = With(longest) }).Address));
        Refused(
            new LeadDetails { LastName = "Lima", Address = With(longest + "a") },
            $"Address.{part} holds {max + 1} characters; at most {max} fit (Dynamics 365's length for it). Shorten it: '{Echo.Cut(longest + "a")}'.");
    }

    [Fact]
    public void A_clean_address_is_kept_as_given_a_padded_one_trimmed_and_a_blank_one_dropped()
    {
        var clean = new PostalAddress(City: "Recife", Country: "BR");
        var padded = new PostalAddress(City: " Recife ", Country: "BR");

        Assert.Same(clean, Normalize(new LeadDetails { LastName = "Lima", Address = clean }).Address);
        Assert.Equal(clean, Normalize(new LeadDetails { LastName = "Lima", Address = padded }).Address);
        Assert.Null(Normalize(new LeadDetails { LastName = "Lima", Address = new PostalAddress(City: "  ") }).Address);
    }

    [Fact]
    public void A_padded_text_is_trimmed_and_a_clean_one_kept_as_the_same_string()
    {
        const string name = "Lima";

        Assert.Same(name, Normalize(new LeadDetails { LastName = name }).LastName);
        Assert.Equal("Lima", Normalize(new LeadDetails { LastName = "\tLima " }).LastName);
        Assert.Null(Normalize(new LeadDetails { LastName = "Lima", FirstName = " " }).FirstName);
    }

    [Fact]
    public void A_lone_surrogate_in_text_is_refused_word_for_word() =>
        Refused(
            new LeadDetails { LastName = "Lima", JobTitle = "Buyer \ud800" },
            "JobTitle holds a lone surrogate (half of a UTF-16 pair), which no UTF-8 store can keep; remove it or the text around it.");

    [Fact]
    public void The_e_mail_refusals_are_word_for_word()
    {
        Refused(new LeadDetails { LastName = "Lima", Emails = null! }, "Emails may be empty but not null.");
        Refused(
            new LeadDetails { LastName = "Lima", Emails = ["a@b", "c@d", "e@f", "g@h"] },
            "Emails holds 4 addresses; a lead keeps at most 3, as Dynamics 365 does (emailaddress1-3). Keep the three that matter.");
        Refused(new LeadDetails { LastName = "Lima", Emails = ["a@b", " "] }, "Emails holds an empty entry; remove it.");
        Refused(new LeadDetails { LastName = "Lima", Emails = ["sara"] }, "Emails holds 'sara', which is not an e-mail address of the form name@domain.");
        Refused(new LeadDetails { LastName = "Lima", Emails = ["a@b", "c@d", "A@B"] }, "Emails holds 'A@B' twice; keep it once.");
        Assert.Equal(["a@b", "c@d", "e@f"], Normalize(new LeadDetails { LastName = "Lima", Emails = [" a@b", "c@d ", "e@f"] }).Emails);
        Refused(
            new LeadDetails { LastName = "Lima", Emails = [new string('e', 99) + "@x"] },
            $"Emails holds 101 characters; at most 100 fit (Dynamics 365's length for it). Shorten it: '{new string('e', 99)}@…'.");
        Assert.Single(Normalize(new LeadDetails { LastName = "Lima", Emails = [new string('e', 98) + "@x"] }).Emails);
    }

    [Fact]
    public void The_custom_field_refusals_are_word_for_word()
    {
        static LeadDetails With(string name, CustomFieldValue value) =>
            new() { LastName = "Lima", CustomFields = new Dictionary<string, CustomFieldValue> { [name] = value } };
        const string badName = "A custom field name must be non-empty text of at most 100 characters without surrounding white space or lone surrogates; '{0}' is not.";

        Refused(new LeadDetails { LastName = "Lima", CustomFields = null! }, "CustomFields may be empty but not null.");
        foreach (var name in new[] { " ", " Region", "Region ", "Re\ud800", new string('n', 101) })
        {
            Refused(With(name, CustomFieldValue.FromNumber(1)), string.Format(System.Globalization.CultureInfo.InvariantCulture, badName, Echo.Cut(name)));
        }

        Assert.Single(Normalize(With(new string('n', 100), CustomFieldValue.FromNumber(1))).CustomFields);
        Refused(
            With("Region", new CustomFieldValue(CustomFieldKind.Text, null, 1m, null, null, null)),
            "Custom field 'Region' holds a malformed Text value; create values with the CustomFieldValue.From* methods.");
        Refused(
            With("Region", CustomFieldValue.FromText(new string('x', 4001))),
            "Custom field 'Region' holds text of 4001 characters, or a lone surrogate; at most 4000 well-formed characters fit.");
        Refused(
            With("Region", CustomFieldValue.FromText("x\udc00")),
            "Custom field 'Region' holds text of 2 characters, or a lone surrogate; at most 4000 well-formed characters fit.");
        Assert.Equal(4000, Normalize(With("Region", CustomFieldValue.FromText(new string('x', 4000)))).CustomFields["Region"].Text!.Length);
    }

    [Fact]
    public void At_most_200_custom_fields_are_kept()
    {
        static LeadDetails With(int count) => new()
        {
            LastName = "Lima",
            CustomFields = Enumerable.Range(0, count).ToDictionary(i => $"f{i}", i => CustomFieldValue.FromNumber(i)),
        };

        Assert.Equal(200, Normalize(With(200)).CustomFields.Count);
        Refused(With(201), "CustomFields holds 201 fields; a lead keeps at most 200.");
        Assert.Empty(Normalize(With(0)).CustomFields);
    }

    [Fact]
    public void Numbers_amounts_and_choices_are_refused_word_for_word()
    {
        Refused(new LeadDetails { LastName = "Lima", NumberOfEmployees = -1 }, "NumberOfEmployees may not be negative; it was -1.");
        Assert.Equal(0, Normalize(new LeadDetails { LastName = "Lima", NumberOfEmployees = 0 }).NumberOfEmployees);
        Refused(new LeadDetails { LastName = "Lima", Budget = new Money(-0.01m, "EUR") }, "Budget may not be negative; it was -0.01 EUR.");
        Refused(new LeadDetails { LastName = "Lima", AnnualRevenue = default(Money) }, "AnnualRevenue has no currency; create it with the Money constructor.");
        Assert.Equal(new Money(0m, "EUR"), Normalize(new LeadDetails { LastName = "Lima", Budget = new Money(0m, "EUR") }).Budget);
        Refused(new LeadDetails { LastName = "Lima", Rating = (LeadRating)9 }, "Rating holds 9, which is not a LeadRating value.");
        Refused(new LeadDetails { LastName = "Lima", Source = (LeadSource)0 }, "Source holds 0, which is not a LeadSource value.");
        Refused(new LeadDetails { LastName = "Lima", PurchaseTimeframe = (PurchaseTimeframe)6 }, "PurchaseTimeframe holds 6, which is not a PurchaseTimeframe value.");
        Refused(
            new LeadDetails { LastName = "Lima", PreferredContactMethod = (PreferredContactMethod)6 },
            "PreferredContactMethod holds 6, which is not a PreferredContactMethod value.");
        Refused(new LeadDetails { LastName = "Lima", Website = "https://a b" }, "Website holds 'https://a b', which has white space inside; give one address.");
    }

    [Fact]
    public void The_acting_user_refusals_are_word_for_word()
    {
        static void ActingUserRefused(string user, string message)
        {
            var error = Assert.Throws<ArgumentException>(() => LeadDetailsRules.ActingUser(user, "who"));
            Assert.Equal("who", error.ParamName);
            Assert.Equal($"{message} (Parameter 'who')", error.Message);
        }

        Assert.Equal("who", Assert.Throws<ArgumentNullException>(() => LeadDetailsRules.ActingUser(null!, "who")).ParamName);
        ActingUserRefused(" ", "The acting user is empty or white space; name who performs the operation.");
        ActingUserRefused(new string('u', 101), $"The acting user holds 101 characters; at most 100 fit: '{new string('u', 100)}…'.");
        ActingUserRefused("ali\ud800", "The acting user holds a lone surrogate (half of a UTF-16 pair), which no UTF-8 store can keep.");
        Assert.Equal(new string('u', 100), LeadDetailsRules.ActingUser(new string('u', 100)));
        Assert.Equal("actingUser", Assert.Throws<ArgumentException>(() => LeadDetailsRules.ActingUser("")).ParamName);
    }

    [Fact]
    public void Null_details_are_a_null_argument_by_the_callers_name() =>
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => LeadDetailsRules.Normalize(null!, "details")).ParamName);
}
