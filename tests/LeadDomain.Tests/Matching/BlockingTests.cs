using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class BlockingTests
{

    private static MatchProfile Person(string id, string? first, string? last) =>
        MatchProfile.ForLead(id, new LeadDetails { FirstName = first, LastName = last, CompanyName = "شرکت کیمیا گستر", Website = "kimia.example" }, "IR");

    [Fact]
    public void Organisation_keys_propose_two_people_only_when_they_share_a_name_initial()
    {
        var ali = Person("1", "علی", "رضایی");
        var aliTypo = Person("2", "علي", "رضائي");
        var swapped = Person("3", "رضایی", "علی");
        var sara = Person("4", "سارا", "کریمی");
        var lastOnly = Person("5", null, "رضایی");
        var account = MatchProfile.ForAccount(new ExistingAccount("acc", "کیمیا گستر") { Website = "kimia.example" }, "IR");

        var website = Blocking.Hash(12, "kimia.example");
        Assert.True(Blocking.MayBeOnePerson(ali, aliTypo, website));
        Assert.True(Blocking.MayBeOnePerson(ali, swapped, website));
        Assert.True(Blocking.MayBeOnePerson(ali, lastOnly, website));
        Assert.False(Blocking.MayBeOnePerson(ali, sara, website));
        Assert.False(Blocking.MayBeOnePerson(sara, ali, website));
        Assert.True(Blocking.MayBeOnePerson(ali, account, website)); // an organisation: the key proposes it
        Assert.True(Blocking.MayBeOnePerson(account, sara, website));
    }

    [Fact]
    public void The_company_skeleton_key_proposes_two_people_giving_both_names_only_when_both_initials_agree()
    {
        var ali = Person("1", "علی", "رضایی");
        var swapped = Person("2", "رضائي", "علي");
        var aliKarimi = Person("3", "علی", "کریمی");
        var lastOnly = Person("4", null, "رضایی");
        var account = MatchProfile.ForAccount(new ExistingAccount("acc", "کیمیا گستر"), "IR");
        var skeleton = Blocking.Hash(11, "کم گستر");
        var website = Blocking.Hash(12, "kimia.example");

        Assert.True(Blocking.IsOrganizationKey(skeleton));
        Assert.True(Blocking.MayBeOnePerson(ali, swapped, skeleton));
        Assert.False(Blocking.MayBeOnePerson(ali, aliKarimi, skeleton)); // one initial only: another person at the company
        Assert.False(Blocking.MayBeOnePerson(aliKarimi, ali, skeleton));
        Assert.True(Blocking.MayBeOnePerson(ali, aliKarimi, website)); // other organisation keys: one initial is enough
        Assert.True(Blocking.MayBeOnePerson(ali, lastOnly, skeleton)); // one name given: one initial is enough
        Assert.True(Blocking.MayBeOnePerson(ali, account, skeleton));
    }

    [Fact]
    public void Organisation_keys_are_marked_and_person_keys_are_not()
    {
        var keys = new List<ulong>();
        Blocking.AddKeys(MatchProfile.ForAccount(new ExistingAccount("acc", "کیمیا گستر") { Website = "kimia.example" }, "IR"), keys);
        var personKeys = new List<ulong>();
        Blocking.AddKeys(MatchProfile.ForLead("1", new LeadDetails { FirstName = "Ali", LastName = "Rezaei", MobilePhone = "0912 345 6789", Emails = ["ali.rezaei@gmail.com"] }, "IR"), personKeys);

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(Blocking.IsOrganizationKey(key)));
        Assert.NotEmpty(personKeys);
        Assert.DoesNotContain(personKeys, Blocking.IsOrganizationKey);
    }

    [Fact]
    public void Colleagues_with_other_initials_are_not_compared_through_their_company_but_swapped_names_are()
    {
        var company = new LeadDetails { CompanyName = "Contoso Ltd", Website = "https://contoso.example" };
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", company with { FirstName = "Sara", LastName = "Lima" }, null),
            MatchProfile.ForLead("b", company with { FirstName = "Lima", LastName = "Sarah" }, null),
            MatchProfile.ForLead("c", company with { FirstName = "John", LastName = "Park" }, null),
            MatchProfile.ForAccount(new ExistingAccount("d", "Contoso"), null),
        ];
        var index = BlockIndex.Build(profiles, 2, 50, default);
        var compared = new List<(string, string)>();

        index.ForEachPair(profiles.Length, compared, (_, i, j, key) => Blocking.MayBeOnePerson(profiles[i], profiles[j], key), (list, i, j) => list.Add((profiles[i].Id, profiles[j].Id)), null, default);

        Assert.Equal([("a", "b"), ("a", "d"), ("b", "d"), ("c", "d")], compared);
    }

    [Fact]
    public void A_typo_in_a_mailbox_name_meets_on_its_number_at_the_domain()
    {
        // Nothing else shared: swapped names, no company on one side, two digits wrong in the switchboard.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "William", LastName = "Adams", CompanyName = "Horizon Pharma Ltd", Emails = ["witlliama606360@outlook.com"] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Adams", LastName = "William", Emails = ["williama606360@outlook.com"] }, "US"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "William", LastName = "Adams", Emails = ["williama606361@outlook.com"] }, "US"),
            MatchProfile.ForLead("d", new LeadDetails { FirstName = "Wendy", LastName = "Park", Emails = ["wpark12@outlook.com"] }, "US"),
            MatchProfile.ForLead("e", new LeadDetails { FirstName = "Omar", LastName = "Ali", Emails = ["omar12@outlook.com"] }, "US"),
            MatchProfile.ForLead("f", new LeadDetails { FirstName = "John", LastName = "Smith", Emails = ["jsmith606362@outlook.com"] }, "US"),
        ];

        // c's number has one digit wrong: it meets a and b on the number's deletion neighbourhood with the mailbox's
        // first letter; f has a number one digit from c's but another first letter, and meets nobody.
        Assert.Equal([("a", "b"), ("a", "c"), ("b", "c")], Pairs(profiles));
    }

    [Fact]
    public void Both_names_meet_on_any_of_the_companys_first_three_words()
    {
        // A typo in the company's first word (شکرت for شرکت is no legal form) leaves its other words to meet on.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "محمد", LastName = "هاشمی", CompanyName = "شرکت نقش آینده نیک" }, "IR"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "هاشمي", LastName = "محمّد", CompanyName = "شکرت نقش آینده نیک" }, "IR"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "محمد", LastName = "هاشمی", CompanyName = "شرکت پارس گستر نوین آینده" }, "IR"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Fact]
    public void A_mailbox_name_meets_through_a_typo_in_the_domain_but_not_across_unrelated_domains()
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "John", LastName = "Smith", Emails = ["john.smith@gmail.com"] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Jon", LastName = "Smyth", Emails = ["john.smith@gmial.com"] }, "US"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "Ina", LastName = "Fox", Emails = ["sales@contoso.example"] }, "US"),
            MatchProfile.ForLead("d", new LeadDetails { FirstName = "Ian", LastName = "Park", Emails = ["sales@fabrikam.example"] }, "US"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Theory]
    [InlineData("ahernandez3415@yahoo.com", "ahernandez34185@yahoo.com", true)] // a digit added
    [InlineData("bwilliams55695@yahoo.com", "bwilliam56595@yahoo.com", true)] // two digits swapped, a letter lost
    [InlineData("ialkindi33899@yahoo.com", "ialkindi38t99@yahoo.com", true)] // a digit made a letter
    [InlineData("nrezaei81978@gmail.com", "nrezai81970@gmail.com", true)] // a digit wrong
    [InlineData("nrezaei81978@gmail.com", "mrezai81970@gmail.com", false)] // another first letter
    [InlineData("nrezaei81978@gmail.com", "nrezai81970@yahoo.com", false)] // another domain
    [InlineData("nrezaei8197@gmail.com", "nrezai8190@gmail.com", false)] // four digits: no deletions, one wrong
    [InlineData("nrezaei819@gmail.com", "nrezai81@gmail.com", false)] // a three-digit number has no neighbourhood
    public void A_digit_typo_in_a_mailbox_number_meets_on_its_deletion_neighbourhood(string one, string other, bool meet)
    {
        // Different names and nothing else shared, so that only the mailbox number can propose the pair.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", Emails = [one] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Zed", LastName = "Moss", Emails = [other] }, "US"),
        ];

        Assert.Equal(meet ? [("a", "b")] : [], Pairs(profiles));
    }

    [Fact]
    public void A_name_meets_the_whole_company_whatever_its_spaces()
    {
        // The other name has a typo and the company's words run together: only one name with the whole company,
        // its spaces ignored, is shared.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "عمر", LastName = "الشامسي", CompanyName = "مؤسسة القمة الشرق" }, "AE"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "عمر", LastName = "البامسي", CompanyName = "مؤسسة القمةالشرق" }, "AE"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "عمر", LastName = "البامسي", CompanyName = "مؤسسة القمة الغرب" }, "AE"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Fact]
    public void A_street_line_with_its_house_number_in_one_city_is_a_place_key()
    {
        // (A line without a house number is no key: a street names many buildings.)
        // Names with typos in both, no postal code: only the street line and city are shared.
        static MatchProfile At(string id, string first, string last, string line, string city) =>
            MatchProfile.ForLead(id, new LeadDetails { FirstName = first, LastName = last, Address = new PostalAddress(Line1: line, City: city) }, "AE");

        MatchProfile[] profiles =
        [
            At("a", "عائشة", "المطيري", "شارع المطار 57", "أبوظبي"),
            At("b", "عائشة", "الشمطيري", "شارع المطار 57", "أبوظبي"),
            At("c", "سارا", "كريمي", "شارع المطار 57", "أبوظبي"), // other initials: a neighbour, not proposed
            At("d", "عائشة", "الشمطيري", "شارع المطار 58", "أبوظبي"), // another house number
        ];

        Assert.Contains(("a", "b"), Pairs(profiles));
        Assert.DoesNotContain(Pairs(profiles), pair => pair.Item1 == "c" || pair.Item2 == "c" || pair == ("a", "d"));
    }

    [Theory]
    [InlineData("+1 425 555 0100", "+1 425 555 0170", true)] // a digit wrong
    [InlineData("+1 425 555 0100", "+1 425 555 1000", true)] // two digits swapped
    [InlineData("+1 425 555 0100", "+1 425 555 0177", false)] // two digits wrong
    public void One_digit_wrong_or_swapped_in_a_phone_still_meets(string one, string other, bool meet)
    {
        // Different names and nothing else shared, so that only the phone can propose the pair.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", MobilePhone = one }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Zed", LastName = "Moss", MobilePhone = other }, "US"),
        ];

        Assert.Equal(meet ? [("a", "b")] : [], Pairs(profiles));
    }

    [Fact]
    public void A_phones_neighbourhood_does_not_depend_on_the_records_other_phones()
    {
        // The first record also gives a longer mobile line (read first), whose digits must not leak into the business
        // line's keys.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", MobilePhone = "+98 912 345 6789", BusinessPhone = "+971 4 123 4567" }, "AE"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Zed", LastName = "Moss", BusinessPhone = "+971 4 123 4568" }, "AE"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Fact]
    public void The_last_name_meets_the_whole_company_whatever_its_spaces()
    {
        // The first names differ by a consonant (another skeleton) and the company's words run together: only the last
        // name with the whole company, its spaces ignored, is shared.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Omar", LastName = "Shamsi", CompanyName = "Qimma Sharq Trading" }, "AE"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Omat", LastName = "Shamsi", CompanyName = "QimmaSharq Trading" }, "AE"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "Omar", LastName = "Hamsi", CompanyName = "Qimma Gharb Trading" }, "AE"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Theory]
    [InlineData("80202", null, "80202", null, true)] // the postal code alone
    [InlineData(null, "Denver", null, "Denver", true)] // the city alone
    [InlineData("80202", null, "10001", null, false)]
    [InlineData(null, "Denver", null, "Boulder", false)]
    public void Both_names_meet_on_the_postal_code_or_the_city(string? code1, string? city1, string? code2, string? city2, bool meet)
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "John", LastName = "Smith", Address = new PostalAddress(City: city1, PostalCode: code1) }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Smith", LastName = "John", Address = new PostalAddress(City: city2, PostalCode: code2) }, "US"),
        ];

        Assert.Equal(meet ? [("a", "b")] : [], Pairs(profiles));
    }

    [Fact]
    public void Two_organisations_meet_on_an_email_domain_alone()
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { CompanyName = "Contoso", Emails = ["sales@contoso.example"] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { CompanyName = "Fabrikam", Emails = ["info@contoso.example"] }, "US"),
            MatchProfile.ForLead("c", new LeadDetails { CompanyName = "Northwind", Emails = ["info@northwind.example"] }, "US"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Fact]
    public void A_website_host_still_meets_when_its_domain_is_too_common_to_be_a_key()
    {
        // 60 records giving only a website at one registered domain, each on its own host but two: the domain is dropped as a key
        // (more than 50 records), and the shared host alone proposes the pair.
        var profiles = Enumerable.Range(0, 60)
            .Select(i => MatchProfile.ForLead($"r{i:D2}", new LeadDetails { Website = $"https://shop{(i < 2 ? 0 : i)}.contoso.example" }, "US"))
            .ToArray();

        Assert.Equal([("r00", "r01")], Pairs(profiles));
    }

    [Fact]
    public void An_organisations_whole_name_still_meets_when_its_words_skeletons_are_too_common_to_be_a_key()
    {
        // 60 organisations whose names differ only in their vowels: one skeleton key for all (more than 50 records,
        // dropped), and only the two with the same whole name meet on it.
        string[] vowels = ["A", "E", "I", "O", "U"];
        var names = (from x in vowels from y in vowels from z in vowels select $"B{x}D{y}L{z}").Take(59).ToList();
        names.Insert(1, names[0]);
        var profiles = names.Select((name, i) => MatchProfile.ForAccount(new ExistingAccount($"r{i:D2}", name), "US")).ToArray();

        Assert.Equal([("r00", "r01")], Pairs(profiles));
    }

    [Fact]
    public void Two_people_do_not_meet_on_their_companys_whole_name()
    {
        // The same whole company name, the same initials but other name skeletons: the company's whole name is no key
        // of a person's, and its words' skeletons key is too common (60 records), so the two are not proposed.
        string[] vowels = ["A", "E", "I", "O", "U"];
        var companies = (from x in vowels from y in vowels from z in vowels select $"B{x}D{y}L{z}").Skip(1).Take(58).ToList();
        var profiles = companies
            .Select((name, i) => MatchProfile.ForLead($"r{i:D2}", new LeadDetails { CompanyName = name }, "US"))
            .Append(MatchProfile.ForLead("x1", new LeadDetails { FirstName = "Ann", LastName = "Hale", CompanyName = "BADALA" }, "US"))
            .Append(MatchProfile.ForLead("x2", new LeadDetails { FirstName = "Abe", LastName = "Hart", CompanyName = "BADALA" }, "US"))
            .ToArray();

        Assert.DoesNotContain(("x1", "x2"), Pairs(profiles));
    }

    [Fact]
    public void The_company_skeleton_key_takes_both_initials_in_one_order_or_both_swapped_never_one_alone()
    {
        var ali = Person("1", "علی", "رضایی");
        var aliTypo = Person("2", "علي", "رضائي");
        var saraRezaei = Person("3", "سارا", "رضایی"); // the last initial alone
        var rezaeiKarimi = Person("4", "رضایی", "کریمی"); // one initial, in the other place
        var skeleton = Blocking.Hash(11, "کم گستر");
        var website = Blocking.Hash(12, "kimia.example");

        Assert.True(Blocking.MayBeOnePerson(ali, aliTypo, skeleton));
        Assert.False(Blocking.MayBeOnePerson(ali, saraRezaei, skeleton));
        Assert.False(Blocking.MayBeOnePerson(saraRezaei, ali, skeleton));
        Assert.False(Blocking.MayBeOnePerson(ali, rezaeiKarimi, skeleton));
        Assert.False(Blocking.MayBeOnePerson(rezaeiKarimi, ali, skeleton));
        Assert.True(Blocking.MayBeOnePerson(ali, saraRezaei, website));
        Assert.True(Blocking.MayBeOnePerson(ali, rezaeiKarimi, website));
    }

    [Theory]
    [InlineData("hale606@gmail.com", "ahale606@gmail.com", true)] // three digits: the number at its domain
    [InlineData("hale606@gmail.com", "ahale606@yahoo.com", false)] // another domain
    [InlineData("hale60@gmail.com", "ahale60@gmail.com", false)] // two digits are no key
    public void A_mailbox_number_of_three_digits_or_more_meets_at_its_domain(string one, string other, bool meet)
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", Emails = [one] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Zed", LastName = "Moss", Emails = [other] }, "US"),
        ];

        Assert.Equal(meet ? [("a", "b")] : [], Pairs(profiles));
    }

    [Fact]
    public void A_mailbox_number_longer_than_sixteen_digits_is_read_by_its_first_sixteen()
    {
        // 17 and 18 digits that agree in their first 16: one key, the number's first 16 digits at the domain.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", Emails = ["ann12345678901234567@gmail.com"] }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Zed", LastName = "Moss", Emails = ["zed123456789012345698@gmail.com"] }, "US"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Theory]
    [InlineData("John", null)]
    [InlineData(null, "Smith")]
    public void One_name_alone_is_no_key_with_the_postal_code_or_the_city(string? first, string? last)
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = first, LastName = last, Address = new PostalAddress(City: "Denver", PostalCode: "80202") }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = first, LastName = last, Address = new PostalAddress(City: "Denver", PostalCode: "80202") }, "US"),
        ];

        Assert.Empty(Pairs(profiles));
    }

    [Fact]
    public void Both_names_key_holds_each_names_whole_skeleton()
    {
        // Ann Hale (A5|H4) and Ann Hahn (A5|H5) in one city and postal code: the last names' skeletons differ in their
        // last character, so the two do not meet.
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", Address = new PostalAddress(City: "Denver", PostalCode: "80202") }, "US"),
            MatchProfile.ForLead("b", new LeadDetails { FirstName = "Ann", LastName = "Hahn", Address = new PostalAddress(City: "Denver", PostalCode: "80202") }, "US"),
            MatchProfile.ForLead("c", new LeadDetails { FirstName = "Hale", LastName = "Ann", Address = new PostalAddress(City: "Denver") }, "US"),
        ];

        Assert.Equal([("a", "c")], Pairs(profiles));
    }

    [Fact]
    public void A_company_of_many_words_is_keyed_by_the_skeletons_of_its_first_twelve()
    {
        // Each word's skeleton is four characters (1345): twelve words and their spaces fill the key; the words after
        // them are not read, so two names that differ only there meet on it.
        var twelve = string.Join(" ", Enumerable.Range(0, 12).Select(i => "BADOLEMA"));
        MatchProfile[] profiles =
        [
            MatchProfile.ForAccount(new ExistingAccount("a", twelve + " RIMOCA TIKA"), "US"),
            MatchProfile.ForAccount(new ExistingAccount("b", twelve + " FENUGA"), "US"),
            MatchProfile.ForAccount(new ExistingAccount("c", string.Join(" ", Enumerable.Range(0, 11).Select(i => "BADOLEMA")) + " FENUGA"), "US"),
        ];

        Assert.Equal([("a", "b")], Pairs(profiles));
    }

    [Fact]
    public void The_postal_code_meets_with_the_streets_first_four_characters()
    {
        MatchProfile[] profiles =
        [
            MatchProfile.ForAccount(new ExistingAccount("a", "Contoso") { Address = new PostalAddress("1200 Broadway", PostalCode: "80202") }, "US"),
            MatchProfile.ForAccount(new ExistingAccount("b", "Fabrikam") { Address = new PostalAddress("1200 Lincoln Street", PostalCode: "80202") }, "US"),
            MatchProfile.ForAccount(new ExistingAccount("c", "Northwind") { Address = new PostalAddress("1201 Broadway", PostalCode: "80202") }, "US"),
            MatchProfile.ForAccount(new ExistingAccount("d", "Tailspin") { Address = new PostalAddress("12", PostalCode: "80202") }, "US"), // shorter than four
            MatchProfile.ForAccount(new ExistingAccount("e", "Litware") { Address = new PostalAddress("12", PostalCode: "80202") }, "US"),
        ];

        Assert.Equal([("a", "b"), ("d", "e")], Pairs(profiles));
    }

    [Fact]
    public void Each_key_is_added_once_after_the_keys_already_in_the_list()
    {
        // Two lines one digit apart share the key of their number without its last digit, found far apart.
        var profile = MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ann", LastName = "Hale", BusinessPhone = "+1 425 555 0100", MobilePhone = "+1 425 555 0101", Emails = ["ann.hale4255550100@contoso.example", "hale@contoso.example"] }, "US");
        var keys = new List<ulong> { 7, 7 };

        Blocking.AddKeys(profile, keys);

        Assert.Equal([7UL, 7UL], keys[..2]);
        Assert.True(keys.Count > 20);
        Assert.Equal(keys.Count - 2, keys.Skip(2).Distinct().Count());
    }

    private static List<(string, string)> Pairs(MatchProfile[] profiles)
    {
        var index = BlockIndex.Build(profiles, 2, 50, default);
        var compared = new List<(string, string)>();
        index.ForEachPair(profiles.Length, compared, (_, i, j, key) => Blocking.MayBeOnePerson(profiles[i], profiles[j], key), (list, i, j) => list.Add((profiles[i].Id, profiles[j].Id)), null, default);
        return compared;
    }
}
