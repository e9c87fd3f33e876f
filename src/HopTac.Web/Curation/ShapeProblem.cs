namespace HopTac.Web.Curation;

/// <summary>
/// A curation request's shape problem (<see cref="CurationService.Validate"/>): the request field it concerns, the
/// refusal's code (<see cref="Storage.Knowledge.CurationRefusals"/>) and arguments, which the interfaces say in their
/// language, and the English sentence for logs.
/// </summary>
internal sealed record ShapeProblem(string Field, string Code, IReadOnlyList<string> Arguments, string Message);
