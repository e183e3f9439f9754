namespace Compliance.Checking.Rules;

/// <summary>
/// One finding per kind of deviation per document: a rule adds every place it sees, keyed by the kind of deviation
/// (the wrong form, say), and reports each kind once, at its first place, with how many places share it. A
/// proof-reader given one finding per heading for one habit stops reading.
/// </summary>
internal sealed class Occurrences
{
    private readonly List<Occurrence> _kinds = [];

    public void Add(string kind, int line, int? page, string evidence) => Add(kind, line, page, evidence, static e => e);

    /// <summary>Adds a place whose evidence is made from <paramref name="state"/> only if it is the first of its kind
    /// (a heading's text, say: most places only add to a count).</summary>
    public void Add<TState>(string kind, int line, int? page, TState state, Func<TState, string> evidence)
    {
        foreach (var known in _kinds)
        {
            if (known.Kind != kind) continue;
            known.Count++;
            return;
        }
        _kinds.Add(new Occurrence(kind, line, page, evidence(state)));
    }

    public IReadOnlyList<Occurrence> Kinds => _kinds;

    /// <summary>Reports each kind once; <paramref name="args"/> gives the message arguments of a kind.</summary>
    public void Report(FindingSink sink, Func<Occurrence, object?[]> args)
    {
        foreach (var kind in _kinds) sink.Report(kind.Line, kind.Page, kind.Evidence, args(kind));
    }
}

/// <summary>A kind of deviation: where it was first seen, what was printed there, and how many places share it.</summary>
internal sealed class Occurrence(string kind, int line, int? page, string evidence)
{
    public string Kind { get; } = kind;
    public int Line { get; } = line;
    public int? Page { get; } = page;
    public string Evidence { get; } = evidence;
    public int Count { get; set; } = 1;
}
