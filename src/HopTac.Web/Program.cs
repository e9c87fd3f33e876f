using HopTac.Web;

// The app is built in HopTacApp so that `hoptac serve` and the tests host the very same wiring.
await using var app = await HopTacApp.BuildAsync(args, overrides: null, CancellationToken.None).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
