namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// The base of the store contract suites: the stores a test creates are disposed after it, then the implementation
/// cleans up what it made (files, schemas) in <see cref="CleanUpAsync"/>.
/// </summary>
public abstract class StoreContract : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> created = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Keeps <paramref name="resource"/> to dispose when the test ends; returns it.</summary>
    protected T Track<T>(T resource)
        where T : IAsyncDisposable
    {
        created.Add(resource);
        return resource;
    }

    /// <summary>Removes what the implementation made for the test, after every store is disposed.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        for (var i = created.Count - 1; i >= 0; i--)
        {
            await created[i].DisposeAsync();
        }

        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }
}
