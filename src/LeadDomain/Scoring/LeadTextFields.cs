using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// The one place that says which text of a lead's details each <see cref="LeadTextField"/> is, and what an e-mail
/// address's domain is: the fit rules (<see cref="TextRule"/>) and the <see cref="LeadBatch"/> both read texts through
/// it, so a batch folds exactly the values the rules test.
/// </summary>
internal static class LeadTextFields
{
    /// <summary>
    /// The text of <paramref name="field"/> in <paramref name="details"/>, as stored (not folded); null when there is
    /// none, and for <see cref="LeadTextField.EmailDomain"/>, which has one value per address (<see cref="Domain"/>).
    /// </summary>
    public static string? Of(LeadDetails details, LeadTextField field) => field switch
    {
        LeadTextField.Topic => details.Topic,
        LeadTextField.FirstName => details.FirstName,
        LeadTextField.LastName => details.LastName,
        LeadTextField.CompanyName => details.CompanyName,
        LeadTextField.JobTitle => details.JobTitle,
        LeadTextField.Industry => details.Industry,
        LeadTextField.StatedNeed => details.StatedNeed,
        LeadTextField.Description => details.Description,
        LeadTextField.Owner => details.Owner,
        _ => null,
    };

    /// <summary>The domain of an e-mail address: what follows its first '@' (the whole text when it has none).</summary>
    public static ReadOnlySpan<char> Domain(string email) => email.AsSpan(email.IndexOf('@') + 1);
}
