using System;
using System.Collections.Generic;
using System.IO;
using HandoffLint.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// The Claude Code project settings (<c>.claude/settings.json</c>, and the personal <c>.claude/settings.local.json</c>) as the
/// protocol rules need them: whether they parse, and which hooks they run on which events. Read once per lint.
/// </summary>
internal sealed class ClaudeSettings
{
    /// <summary>The Claude Code events HandoffLint's hooks run on.</summary>
    public static readonly string[] Events = { "SessionStart", "Stop", "PreCompact" };

    /// <summary>The session sources a SessionStart hook must cover for every new context to start with the note.</summary>
    public static readonly string[] RequiredSources = { "startup", "resume", "compact" };

    private ClaudeSettings(bool folderExists, IReadOnlyList<ClaudeSettingsFile> files)
    {
        FolderExists = folderExists;
        Files = files;
    }

    /// <summary>Whether the repository has a <c>.claude</c> folder at its root (the sign that Claude Code is used here).</summary>
    public bool FolderExists { get; }

    /// <summary>The settings files that exist, shared first.</summary>
    public IReadOnlyList<ClaudeSettingsFile> Files { get; }

    /// <summary>Every hook handler of <paramref name="eventName"/> in the files that parse.</summary>
    public IEnumerable<ClaudeHookHandler> Handlers(string eventName) => Files.SelectMany(f => f.Handlers(eventName));

    /// <summary>Reads the settings at the repository root of <paramref name="context"/>.</summary>
    public static ClaudeSettings Read(RuleContext context)
    {
        var root = context.RepositoryRoot!;
        var folderExists = Directory.Exists(Path.Combine(root, RuleInputFiles.ClaudeFolder));
        var files = new List<ClaudeSettingsFile>();
        if (folderExists)
        {
            foreach (var relative in RuleInputFiles.ClaudeSettings)
            {
                var full = Path.Combine(root, relative);
                if (RegularFile.KindOf(full) == FileKind.Missing) continue;
                files.Add(ClaudeSettingsFile.Read(relative, ProtocolFiles.TryRead(context, full)));
            }
        }

        return new ClaudeSettings(folderExists, files);
    }

    /// <summary>
    /// Whether a matcher group's <paramref name="matcher"/> fires for <paramref name="value"/>, the way Claude Code decides:
    /// empty, missing or <c>*</c> match all; letters, digits, <c>_ - ,</c>, spaces and <c>|</c> form a list of exact names;
    /// anything else is an unanchored regular expression.
    /// </summary>
    public static bool MatcherCovers(string? matcher, string value)
    {
        if (matcher is null) return true;
        var trimmed = matcher.Trim();
        if (trimmed.Length == 0 || trimmed == "*") return true;
        if (trimmed.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == ' ' || c == ',' || c == '|'))
        {
            return trimmed.Split('|', ',').Select(n => n.Trim()).Any(n => string.Equals(n, value, StringComparison.Ordinal));
        }

        try
        {
            return Regex.IsMatch(value, trimmed, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return false; // Claude Code cannot compile it either; the group never fires.
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="command"/> does nothing but print fixed text (<c>echo</c>, <c>printf</c>), and if so whether that
    /// text is a <c>systemMessage</c>. Text that blocks or adds context (<c>decision</c>, <c>additionalContext</c>) reaches the agent
    /// and does not count; neither does a command that runs anything else (a script may decide for itself).
    /// </summary>
    public static bool OnlyPrints(string command, out bool printsSystemMessage)
    {
        printsSystemMessage = false;
        var printed = new StringBuilder();
        var prints = 0;
        foreach (var segment in SplitShellSegments(command))
        {
            var words = segment.Trim();
            if (words.Length == 0) continue;
            var first = FirstWord(words);
            if (first is "echo" or "printf")
            {
                prints++;
                printed.Append(words.Substring(first.Length)).Append('\n');
                continue;
            }

            if (first is "true" or ":" || words == "exit" || words == "exit 0") continue;
            return false;
        }

        if (prints == 0) return false;
        var text = printed.ToString();
        if (text.IndexOf("decision", StringComparison.Ordinal) >= 0 || text.IndexOf("additionalContext", StringComparison.Ordinal) >= 0) return false;
        printsSystemMessage = text.IndexOf("systemMessage", StringComparison.Ordinal) >= 0;
        return true;
    }

    private static string FirstWord(string segment)
    {
        var end = 0;
        while (end < segment.Length && !char.IsWhiteSpace(segment[end])) end++;
        return segment.Substring(0, end);
    }

    /// <summary>Splits a shell command at <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>|</c> and line breaks that stand outside quotes.</summary>
    private static IEnumerable<string> SplitShellSegments(string command)
    {
        var current = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote is not null)
            {
                current.Append(c);
                if (c == '\\' && quote == '"' && i + 1 < command.Length) current.Append(command[++i]);
                else if (c == quote) quote = null;
                continue;
            }

            if (c == '\'' || c == '"')
            {
                quote = c;
                current.Append(c);
            }
            else if (c == '\\' && i + 1 < command.Length)
            {
                current.Append(c).Append(command[++i]);
            }
            else if (c == ';' || c == '\n' || c == '|' || (c == '&' && i + 1 < command.Length && command[i + 1] == '&'))
            {
                if ((c == '|' || c == '&') && i + 1 < command.Length && command[i + 1] == c) i++;
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        yield return current.ToString();
    }
}
