using Microsoft.Extensions.Options;

namespace LeadDomain.Hosting;

/// <summary>Checks the data annotations of <see cref="LeadDomainOptions"/> by generated code (no reflection).</summary>
[OptionsValidator]
internal sealed partial class LeadDomainOptionsValidator : IValidateOptions<LeadDomainOptions>;
