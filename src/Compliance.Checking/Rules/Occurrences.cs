namespace Compliance.Checking.Rules;

/// <summary>
/// One finding per kind of deviation per document: a rule adds every place it sees, keyed by the kind of deviation
/// (the wrong form, say), and reports each kind once, at its first place, with how many places share it. A
/// proof-reader given one finding per heading for one habit stops reading.
/// </summary>
internal sealed class Occurrences
{
    private readonly List<Occurrence> _kinds = [];

    public void Add(string kind, int line, int? page, string evidence)
    {
        for (var i = 0; i < _kinds.Count; i++)
        {
            if (_kinds[i].Kind != kind) continue;
            _kinds[i] = _kinds[i] with { Count = _kinds[i].Count + 1 };
            return;
        }
        _kinds.Add(new Occurrence(kind, line, page, evidence, 1));
    }

    public IReadOnlyList<Occurrence> Kinds => _kinds;

    /// <summary>Reports each kind once; <paramref name="args"/> gives the message arguments of a kind.</summary>
    public void Report(FindingSink sink, Func<Occurrence, object?[]> args)
    {
        foreach (var kind in _kinds) sink.Report(kind.Line, kind.Page, kind.Evidence, args(kind));
    }
}

/// <summary>A kind of deviation: where it was first seen, what was printed there, and how many places share it.</summary>
internal sealed record Occurrence(string Kind, int Line, int? Page, string Evidence, int Count);
