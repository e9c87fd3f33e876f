namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>The base of the in-process crawl tests: the fixture site started for each test and a temp folder for its store.</summary>
public abstract class SiteTest : IAsyncLifetime
{
    private FixtureSite? site;

    /// <summary>The test's own temp folder, removed when it ends.</summary>
    internal string Folder { get; } = Path.Combine(Path.GetTempPath(), "hoptac-crawl-" + Guid.NewGuid().ToString("N"));

    internal FixtureSite Site => site ?? throw new InvalidOperationException("the site starts before the test");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        site = await FixtureSite.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        GC.SuppressFinalize(this);
    }
}
