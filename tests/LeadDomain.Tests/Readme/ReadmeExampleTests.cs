namespace LeadDomain.Tests.Readme;

/// <summary>
/// README's C# examples that are marked with <c>&lt;!-- compiled: File.cs#name --&gt;</c> must be, line for line, the code
/// between <c>// README: name</c> and <c>// README: end</c> in that file of this folder, which the tests compile and run.
/// </summary>
public sealed class ReadmeExampleTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Readme");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md")))
        {
            if (line.StartsWith("<!-- compiled: ", StringComparison.Ordinal))
            {
                data.Add(line["<!-- compiled: ".Length..line.IndexOf(" -->", StringComparison.Ordinal)]);
            }
        }

        return data;
    }

    [Fact]
    public void README_marks_its_compiled_examples()
    {
        Assert.NotEmpty(Examples());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_in_README_is_the_compiled_one(string example)
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var marker = Array.FindIndex(readme, l => l == $"<!-- compiled: {example} -->");
        Assert.Equal("```csharp", readme[marker + 1]);
        var end = Array.FindIndex(readme, marker + 2, l => l == "```");
        var shown = readme[(marker + 2)..end];

        var (file, name) = (example.Split('#')[0], example.Split('#')[1]);
        var code = File.ReadAllLines(Path.Combine(Folder, file));
        var start = Array.FindIndex(code, l => l.Trim() == $"// README: {name}");
        Assert.True(start >= 0, $"{file} has no '// README: {name}' marker.");
        var stop = Array.FindIndex(code, start, l => l.Trim() == "// README: end");
        var compiled = code[(start + 1)..stop];
        var indent = compiled.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);

        Assert.Equal(compiled.Select(l => l.Length >= indent ? l[indent..] : l.Trim()), shown);
    }

    [Fact]
    public void The_files_README_shows_are_the_shipped_ones()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var markers = readme.Select((line, index) => (line, index)).Where(l => l.line.StartsWith("<!-- file: ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(markers);
        foreach (var (line, index) in markers)
        {
            var path = line["<!-- file: ".Length..line.IndexOf(" -->", StringComparison.Ordinal)];
            var end = Array.FindIndex(readme, index + 2, l => l == "```");
            Assert.StartsWith("```", readme[index + 1], StringComparison.Ordinal);
            Assert.Equal(File.ReadAllLines(Path.Combine(Folder, path)), readme[(index + 2)..end]);
        }
    }
}
