namespace Compliance.Functions.Tests;

/// <summary>
/// Just enough of Bicep's lexical structure to read the keys of object literals: identifiers, strings (with escapes,
/// <c>${…}</c> interpolation and <c>'''</c> multi-line strings), comments, brackets and newlines.
/// </summary>
internal static class BicepText
{
    private enum Kind { Identifier, String, Symbol, Newline }

    private readonly record struct Token(Kind Kind, string Text);

    /// <summary>
    /// The tokens of the value of the first property <paramref name="name"/> after the text <paramref name="after"/>
    /// (a declaration such as <c>resource appSettings </c>): everything up to the end of the line the value ends on.
    /// </summary>
    public static IReadOnlyList<string> PropertyValue(string bicep, string name, string after)
    {
        var anchor = bicep.IndexOf(after, StringComparison.Ordinal);
        if (anchor < 0) throw new InvalidOperationException($"The Bicep file has no '{after.Trim()}'.");
        var tokens = Tokenize(bicep, anchor).ToList();
        var start = tokens.FindIndex(t => t.Kind == Kind.Identifier && t.Text == name);
        if (start < 0 || start + 1 >= tokens.Count || tokens[start + 1].Text != ":")
        {
            throw new InvalidOperationException($"'{after.Trim()}' has no property '{name}'.");
        }
        return Value(tokens, start + 2).Select(t => t.Kind == Kind.String ? $"'{t.Text}'" : t.Text).ToList();
    }

    /// <summary>The top-level <c>var NAME = { … }</c> objects of a file: name → value tokens.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ObjectVariables(string bicep)
    {
        var tokens = Tokenize(bicep, 0).ToList();
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: Kind.Identifier, Text: "var" } && tokens[i + 1].Kind == Kind.Identifier
                && tokens[i + 2].Text == "=" && tokens[i + 3].Text == "{")
            {
                result[tokens[i + 1].Text] = Value(tokens, i + 3).Select(t => t.Kind == Kind.String ? $"'{t.Text}'" : t.Text).ToList();
            }
        }
        return result;
    }

    /// <summary>
    /// The keys of every object literal in a value, and of the object variables it refers to (as in
    /// <c>union({ A: … }, cond ? someVar : otherVar)</c>, where both branches count).
    /// </summary>
    public static IReadOnlySet<string> ObjectKeys(IReadOnlyList<string> value, IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var brackets = new Stack<string>();
        var previous = "\n";
        for (var i = 0; i < value.Count; i++)
        {
            var token = value[i];
            var next = i + 1 < value.Count ? value[i + 1] : "";
            var atEntryStart = previous is "{" or "\n" or ",";
            if (brackets.TryPeek(out var open) && open == "{" && atEntryStart && next == ":" && IsKey(token))
            {
                keys.Add(token.Trim('\''));
            }
            else if (variables.TryGetValue(token, out var variable))
            {
                keys.UnionWith(ObjectKeys(variable, variables));
            }

            if (token is "{" or "(" or "[") brackets.Push(token);
            else if (token is "}" or ")" or "]" && brackets.Count > 0) brackets.Pop();
            previous = token;
        }
        return keys;
    }

    private static bool IsKey(string token)
        => token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_' || token[0] == '\'');

    /// <summary>Tokens from <paramref name="start"/> up to the newline that ends the value at bracket depth zero.</summary>
    private static IEnumerable<Token> Value(List<Token> tokens, int start)
    {
        var depth = 0;
        var seen = false;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Newline && depth == 0 && seen) yield break;
            if (token.Kind == Kind.Symbol && token.Text is "{" or "(" or "[") depth++;
            if (token.Kind == Kind.Symbol && token.Text is "}" or ")" or "]") depth--;
            if (token.Kind != Kind.Newline) seen = true;
            yield return token;
        }
    }

    private static IEnumerable<Token> Tokenize(string s, int start)
    {
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                yield return new Token(Kind.Newline, "\n");
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2;
            }
            else if (c == '\'')
            {
                var end = SkipString(s, i);
                var quote = s.AsSpan(i).StartsWith("'''") ? 3 : 1;
                yield return new Token(Kind.String, s[(i + quote)..Math.Max(i + quote, end - quote)]);
                i = end;
            }
            else if (char.IsLetter(c) || c == '_' || char.IsDigit(c))
            {
                var begin = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
                yield return new Token(Kind.Identifier, s[begin..i]);
            }
            else
            {
                yield return new Token(Kind.Symbol, c.ToString());
                i++;
            }
        }
    }

    /// <summary>The index just past the string that starts at <paramref name="i"/> (a quote).</summary>
    private static int SkipString(string s, int i)
    {
        if (s.AsSpan(i).StartsWith("'''"))
        {
            var end = s.IndexOf("'''", i + 3, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 3;
        }
        i++;
        while (i < s.Length)
        {
            switch (s[i])
            {
                case '\\':
                    i += 2;
                    break;
                case '\'':
                    return i + 1;
                case '$' when i + 1 < s.Length && s[i + 1] == '{':
                    i = SkipInterpolation(s, i + 2);
                    break;
                default:
                    i++;
                    break;
            }
        }
        return i;
    }

    private static int SkipInterpolation(string s, int i)
    {
        var depth = 1;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\'')
            {
                i = SkipString(s, i);
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i + 1;
            i++;
        }
        return i;
    }
}
