using System.Text.Json;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The System.Text.Json form of the open sets and of lead ids.</summary>
public sealed class CodeJsonConvertersTests
{
    [Fact]
    public void Each_open_set_is_written_as_an_object_with_its_code_name_and_state_or_kind()
    {
        Assert.Equal("""{"code":5,"name":"Cannot Contact"}""", JsonSerializer.Serialize(DisqualificationReason.CannotContact));
        Assert.Equal("""{"code":2,"name":"Contacted","state":"Open"}""", JsonSerializer.Serialize(LeadStatusReason.Contacted));
        Assert.Equal("""{"code":5,"name":"Call","kind":"Touch"}""", JsonSerializer.Serialize(ActivityType.Call));
    }

    [Fact]
    public void Each_is_read_back_whatever_the_order_of_its_members()
    {
        Assert.Equal(DisqualificationReason.CannotContact, JsonSerializer.Deserialize<DisqualificationReason>("""{"name":"Cannot Contact","code":5}"""));
        Assert.Equal(LeadStatusReason.Contacted, JsonSerializer.Deserialize<LeadStatusReason>("""{"state":"Open","name":"Contacted","code":2}"""));
        Assert.Equal(ActivityType.Call, JsonSerializer.Deserialize<ActivityType>("""{"kind":"Touch","code":5,"name":"Call"}"""));
    }

    [Theory]
    [InlineData("""{"code":2,"name":"Contacted"}""")]
    [InlineData("""{"code":2,"name":"Contacted","state":"Opened"}""")]
    [InlineData("""{"code":2,"name":"Contacted","state":"99"}""")]
    public void A_missing_or_unknown_state_is_read_as_no_state_for_the_restore_to_refuse(string json) =>
        Assert.Equal(default, JsonSerializer.Deserialize<LeadStatusReason>(json).State);

    [Theory]
    [InlineData("""{"code":5,"name":"Call"}""")]
    [InlineData("""{"code":5,"name":"Call","kind":"Touching"}""")]
    [InlineData("""{"code":5,"name":"Call","kind":"42"}""")]
    public void A_missing_or_unknown_kind_is_read_as_no_kind_for_the_restore_to_refuse(string json) =>
        Assert.Equal(default, JsonSerializer.Deserialize<ActivityType>(json).Kind);

    [Theory]
    [InlineData("5", "A disqualification reason is an object with a code and a name.")]
    [InlineData("""{"code":5,"name":"Lost","state":"Open"}""", "A disqualification reason has no member 'state'; its members are code, name and -.")]
    [InlineData("""{"name":"Lost"}""", "A disqualification reason needs its code.")]
    [InlineData("""{"code":5}""", "A disqualification reason needs its name.")]
    public void A_malformed_disqualification_reason_is_refused_word_for_word(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DisqualificationReason>(json)).Message);

    [Theory]
    [InlineData("[]", "A status reason is an object with a code and a name.")]
    [InlineData("""{"code":2,"name":"Contacted","kind":"Touch"}""", "A status reason has no member 'kind'; its members are code, name and state.")]
    [InlineData("""{"name":"Contacted","state":"Open"}""", "A status reason needs its code.")]
    public void A_malformed_status_reason_is_refused_word_for_word(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LeadStatusReason>(json)).Message);

    [Theory]
    [InlineData("\"Call\"", "An activity type is an object with a code and a name.")]
    [InlineData("""{"code":5,"name":"Call","state":"Open"}""", "An activity type has no member 'state'; its members are code, name and kind.")]
    [InlineData("""{"code":5,"kind":"Touch"}""", "An activity type needs its name.")]
    public void A_malformed_activity_type_is_refused_word_for_word(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ActivityType>(json)).Message);

    [Fact]
    public void A_long_member_name_is_cut_in_the_message()
    {
        var name = new string('m', 150);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DisqualificationReason>($$"""{"{{name}}":1}"""));

        Assert.Equal($"A disqualification reason has no member '{new string('m', 100)}…'; its members are code, name and -.", error.Message);
    }

    [Fact]
    public void A_lead_id_is_its_guid_string()
    {
        var id = new LeadId(Guid.Parse("3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f"));

        Assert.Equal("\"3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f\"", JsonSerializer.Serialize(id));
        Assert.Equal(id, JsonSerializer.Deserialize<LeadId>("\"3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f\""));
    }

    [Theory]
    [InlineData("\"3f2c9a1e5b7d4c8e9f102a3b4c5d6e7f\"")]
    [InlineData("\"{3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f}\"")]
    [InlineData("\"lead\"")]
    [InlineData("42")]
    [InlineData("{}")]
    public void A_lead_id_in_another_form_is_refused_word_for_word(string json) =>
        Assert.Equal(
            "A lead id is a GUID string such as \"3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f\".",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LeadId>(json)).Message);
}
