using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LifecycleDiagramTests
{
    [Fact]
    public void The_diagram_in_README_is_the_one_generated_from_the_machine()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var start = Array.IndexOf(readme, "```mermaid");
        Assert.True(start >= 0, "README.md has no ```mermaid block.");
        var end = Array.IndexOf(readme, "```", start + 1);
        var documented = readme[(start + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0);

        // README shows the defaults: Dynamics 365's, under which any open lead can be qualified.
        var generated = new LeadLifecycle(TestLeads.NewClock()).ToMermaidGraph()
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

        Assert.Equal(generated, documented);
    }

    [Fact]
    public void The_diagrams_show_every_state_trigger_and_guard_description()
    {
        var lifecycle = TestLeads.NewLifecycle(LeadDomain.Leads.QualificationPolicy.Default.Require("has a budget", _ => true));

        foreach (var graph in new[] { lifecycle.ToMermaidGraph(), lifecycle.ToDotGraph() })
        {
            foreach (var word in new[] { "Open", "New", "Contacted", "Qualified", "Disqualified", "Converted", "Merged", "Merge",
                         "MarkContacted", "Qualify", "Disqualify", "Reactivate", "Convert", "Edit", "has a budget" })
            {
                Assert.Contains(word, graph, StringComparison.Ordinal);
            }
        }
    }
}
