namespace HopTac.Core.Facts;

/// <summary>
/// The event types of ../shared/spec/facts.md ("Event types"), in the order facts.md lists them. The wire form (JSON,
/// storage, the API) is the lower-case name facts.md gives, written and read by <see cref="EventTypeNames"/> only.
/// </summary>
public enum EventType
{
    Talks,
    Meeting,
    Call,
    Visit,
    Signing,
    Conference,
    Aid,
    Partnership,
    Other,
}
