using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Security;

/// <summary>
/// HL0021: a committed note that carries a credential leaks it into the repository's history and into every agent
/// that reads the note: tokens of known shapes (below), and credentials as notes carry them (<see cref="Credentials"/>).
/// The message names the kind of secret (and the variable it was assigned to), never the secret.
/// </summary>
internal sealed class SecretsMustNotBeCommittedRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SecretInHandoff,
        "Handoff note carries a secret",
        "This line holds what looks like {0}; remove it, rotate the credential, and keep secrets out of the note",
        RuleCategories.Security,
        DiagnosticSeverity.Error);

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // Each pattern with the literal every match contains: the whole note is scanned for the literals (a fast,
    // vectorised search) and a regular expression runs only on the few lines that hold one. Running every pattern
    // on every line made this rule cost more than parsing the note.
    private static readonly (string Kind, string[] Anchors, Regex Pattern)[] Patterns =
    {
        ("a private key", new[] { "PRIVATE KEY" }, new Regex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----", Options)),
        // Whole prefixes, not a shared "IA" or "gh": those hit most lines of English prose ("through", "right"), and every
        // hit restarts the search.
        ("an AWS access key ID", new[] { "AKIA", "ASIA" }, new Regex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", Options)),
        ("a GitHub token", new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_" }, new Regex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", Options)),
        ("a GitLab token", new[] { "glpat-" }, new Regex(@"\bglpat-[A-Za-z0-9_\-]{20,}", Options)),
        ("a Slack token", new[] { "xox" }, new Regex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}", Options)),
        ("a Slack webhook URL", new[] { "hooks.slack.com" }, new Regex(@"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+", Options)),
        ("an API key", new[] { "sk-" }, new Regex(@"\bsk-(?:ant-|proj-)?[A-Za-z0-9_\-]{32,}", Options)),
    };

    // Every keyword alternative of the assignment pattern below ends in one of these, right before the optional quote,
    // the spaces and the ':' or '=' (the pattern puts a word boundary there).
    private static readonly string[] AssignmentKeywordEndings = { "password", "passwd", "pwd", "secret", "key", "token" };

    private static readonly Regex Assignment = new(
        @"(?i)\b(?:password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|auth[_-]?token|access[_-]?token|token)\b[""']?\s*[:=]\s*[""']?(?<value>[^\s""'`,;<>]{12,})",
        Options);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var source = document.Source;
        foreach (var line in CandidateLines(source))
        {
            var text = source.GetLine(line);
            var found = Find(text);
            if (found is null) continue;
            var start = source.LineStart(line) + found.Value.Index;
            context.Report(Rule, document.LocationOf(start, start + found.Value.Length), found.Value.Kind);
        }
    }

    // Only lines that hold a pattern's literal, or an assignment to a name with a keyword in it, are worth a regular
    // expression. The literals are found with ordinal (vectorised) searches over the whole note, and the assignments
    // from one pass over ':' and '='. Running every pattern on every line cost more than parsing the note, and one
    // combined, case-insensitive expression was slower still without compilation (which the AOT CLI does not have).
    private static SortedSet<int> CandidateLines(Text.SourceText source)
    {
        var lines = new SortedSet<int>();
        var text = source.Text;
#if NET9_0_OR_GREATER
        // One multi-string search over the note finds every anchor at once.
        for (var at = 0; at < text.Length;)
        {
            var found = text.AsSpan(at).IndexOfAny(AllAnchors);
            if (found < 0) break;
            var line = source.LineIndexOf(at + found);
            lines.Add(line);
            at = line + 1 < source.LineCount ? source.LineStart(line + 1) : text.Length;
        }

        for (var at = text.AsSpan().IndexOfAny(NonAsciiAnchorKeys); at >= 0;)
        {
            foreach (var (anchor, keyIndex) in NonAsciiAnchors)
            {
                var start = at - keyIndex;
                if (anchor[keyIndex] == text[at] && start >= 0 && string.CompareOrdinal(text, start, anchor, 0, anchor.Length) == 0) lines.Add(source.LineIndexOf(start));
            }

            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(NonAsciiAnchorKeys) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
#else
        foreach (var anchor in Patterns.SelectMany(p => p.Anchors).Concat(Credentials.Anchors)) AddLinesContaining(source, text, anchor, lines);
#endif

        AddAssignmentLines(source, text, lines);
        return lines;
    }

#if NET9_0_OR_GREATER
    // The vectorised multi-string search handles ASCII anchors; one non-ASCII anchor among them made the whole search
    // about 25 times slower (25 us on a 5 KB note, more than the parse), so those few are searched one by one.
    private static readonly System.Buffers.SearchValues<string> AllAnchors =
        System.Buffers.SearchValues.Create(Patterns.SelectMany(p => p.Anchors).Concat(Credentials.Anchors).Where(IsAscii).ToArray(), StringComparison.Ordinal);

    // Each with the index of its first non-ASCII character, its key: "contrase\u00F1a" is found by its n-tilde, not by a
    // 'c' that most words of English prose hold (searching by first character cost this rule 6 us on a 5 KB note).
    private static readonly (string Anchor, int KeyIndex)[] NonAsciiAnchors =
        Credentials.Anchors.Where(a => !IsAscii(a)).Select(a => (a, a.TakeWhile(c => c < 128).Count())).ToArray();

    // Their keys, found in one vectorised search: most notes hold none of them.
    private static readonly System.Buffers.SearchValues<char> NonAsciiAnchorKeys = System.Buffers.SearchValues.Create(NonAsciiAnchors.Select(a => a.Anchor[a.KeyIndex]).Distinct().ToArray());

    private static bool IsAscii(string value) => value.All(c => c < 128);
#endif

    private static void AddLinesContaining(Text.SourceText source, string text, string anchor, SortedSet<int> lines)
    {
        for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + anchor.Length, StringComparison.Ordinal))
        {
            var line = source.LineIndexOf(at);
            lines.Add(line);
            // Continue from the next line: one hit is enough to examine a line.
            at = Math.Max(at, source.LineEnd(line) - anchor.Length);
        }
    }

    // "password = ...", "api_key: ...": the name before each ':' or '=' decides whether the line is worth the regular
    // expression. Prose such as "Key Decisions" never gets that far.
    private static void AddAssignmentLines(Text.SourceText source, string text, SortedSet<int> lines)
    {
        var operators = new[] { ':', '=' };
        for (var at = text.IndexOfAny(operators); at >= 0; at = at + 1 < text.Length ? text.IndexOfAny(operators, at + 1) : -1)
        {
            var end = at;
            while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
            if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\'')) end--;
            var start = end;
            while (start > 0 && end - start < 40 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_' || text[start - 1] == '-')) start--;
            if (end - start < 3 || !NameHasKeyword(text, start, end)) continue;
            lines.Add(source.LineIndexOf(at));
        }
    }

    private static bool NameHasKeyword(string text, int start, int end)
    {
        foreach (var ending in AssignmentKeywordEndings)
        {
            if (end - start >= ending.Length && string.Compare(text, end - ending.Length, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }

        return false;
    }

    private static (string Kind, int Index, int Length)? Find(string line)
    {
        foreach (var (kind, anchors, pattern) in Patterns)
        {
            if (!ContainsAny(line, anchors)) continue;
            var match = pattern.Match(line);
            if (match.Success) return (kind, match.Index, match.Length);
        }

        var credential = Credentials.Find(line);
        if (credential is not null) return credential;
        if ((line.IndexOf('=') < 0 && line.IndexOf(':') < 0) || !Credentials.ContainsAnyIgnoreCase(line, AssignmentKeywordEndings)) return null;

        // Any other name with "key" or "token" in it ("signing_key", "auth_token_v2") holds a secret only when its value
        // looks random: a long mix of letters and digits, not a word or an identifier.
        foreach (Match match in Assignment.Matches(line))
        {
            var value = match.Groups["value"];
            if (LooksRandom(value.Value)) return ("a password or key assignment", match.Index, match.Length);
        }

        return null;
    }

    private static bool ContainsAny(string line, string[] anchors)
    {
        foreach (var anchor in anchors)
        {
            if (line.IndexOf(anchor, StringComparison.Ordinal) >= 0) return true;
        }

        return false;
    }

    // Real credentials are high-entropy; "password=changeme-please" and "${API_KEY}" are not.
    private static bool LooksRandom(string value)
    {
        if (value.IndexOf('$') >= 0 || value.IndexOf('{') >= 0 || value.IndexOf('*') >= 0) return false;
        var lower = value.ToLowerInvariant();
        foreach (var word in new[] { "example", "changeme", "your", "placeholder", "redacted", "xxxx", "dummy", "secret" })
        {
            if (lower.Contains(word)) return false;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value) counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        var hasDigit = false;
        var hasLetter = false;
        foreach (var c in value)
        {
            hasDigit |= char.IsDigit(c);
            hasLetter |= char.IsLetter(c);
        }

        return entropy >= 3.5 && hasDigit && hasLetter;
    }
}
