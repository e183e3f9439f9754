namespace Compliance.Checking.Rules;

/// <summary>
/// One finding per kind of deviation per document: a rule adds every place it sees, keyed by the kind of deviation
/// (the wrong form, say), and reports each kind once, at its first place, with how many places share it. A
/// proof-reader given one finding per heading for one habit stops reading. <typeparamref name="T"/> is what the rule
/// keeps of a first place (its line and evidence, or the heading itself): only the first of each kind is kept, so that
/// what a finding quotes is made once per kind, not once per place.
/// </summary>
internal sealed class Occurrences<T>
{
    private readonly List<Occurrence<T>> _kinds = [];

    public void Add(string kind, T place)
    {
        foreach (var known in _kinds)
        {
            if (known.Kind != kind) continue;
            known.Count++;
            return;
        }
        _kinds.Add(new Occurrence<T>(kind, place));
    }

    public IReadOnlyList<Occurrence<T>> Kinds => _kinds;
}

/// <summary>A kind of deviation: its first place and how many places share it.</summary>
internal sealed class Occurrence<T>(string kind, T first)
{
    public string Kind { get; } = kind;
    public T First { get; } = first;
    public int Count { get; set; } = 1;
}
