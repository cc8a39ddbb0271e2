using System;
using System.Text.RegularExpressions;

namespace HandoffLint.Rules.Security;

/// <summary>
/// Credentials as real notes carry them: assigned to a name that ends like one (<c>DB_PASSWORD=...</c>,
/// <c>export STRIPE_SECRET=...</c>, <c>db_password: "..."</c>, <c>"api_key": "..."</c>), in a command line's password
/// switch (<c>mysql -u root -p...</c>, <c>--password=...</c>), in a URL (<c>postgres://user:...@host/db</c>), or named in
/// prose (<c>password `...`</c>). A value that is a placeholder or a reference (<c>&lt;your password&gt;</c>,
/// <c>${VAR}</c>, <c>$VAR</c>, <c>***</c>, <c>xxx</c>, <c>...</c>, <c>not-needed</c>) is no secret. Results give the
/// kind and the place, never the value.
/// </summary>
internal static class Credentials
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Name endings that say the value is a credential.</summary>
    internal static readonly string[] NameEndings =
    {
        "password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key", "secret_key", "private_key",
    };

    // NAME=value, NAME = value, export NAME=value, NAME: value, "NAME": "value", NAME := value; the name ends in a credential word.
    private static readonly Regex NamedValue = new(
        @"(?<![\w-])(?<name>[A-Za-z_][\w.-]{0,60})[""']?\s*(?::=|[:=])(?=\s*(?<quote>[""'`]?)(?<value>[^\s""'`,;]+))",
        Options);

    // The password part of scheme://user:password@host.
    private static readonly Regex UrlPassword = new(@"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:(?<value>[^\s/@]+)@[^\s/@]", Options);

    // --password=..., --password ..., --db-pass=...; mysql -pSECRET (no space, the mysql family only); sshpass -p ...; curl -u user:...
    private static readonly Regex SwitchPassword = new(
        @"(?<![\w-])--[\w-]*pass(?:word)?(?:=|\s+)(?<value>[^\s""'`]+)" +
        @"|\b(?:mysql|mariadb|mysqldump|mysqladmin)\b[^\n`,;|]*?\s-p(?<value>[^\s""'`:=-][^\s""'`]*)" +
        @"|\bsshpass\s+-p\s*(?<value>[^\s""'`]+)" +
        @"|\bcurl\b[^\n`;|]*?\s-u\s+[^\s:]+:(?<value>[^\s""'`]+)",
        Options);

    // "password `...`", "密码 `...`", "the password is "..."": a password word, then within a few words a code span or quotes.
    private static readonly Regex NamedInProse = new(
        @"(?:\bpass(?:word|wd|phrase)\b|\bpasswort\b|\bmot de passe\b|\bsenha\b|\bcontrase\u00F1a\b|\u5BC6\u7801|\u5BC6\u78BC|\uBE44\uBC00\uBC88\uD638|\uC554\uD638)" +
        @"[^`""\n]{0,12}?(?:`(?<value>[^`\s]+)`|""(?<value>[^""\s]+)"")",
        Options);

    /// <summary>The first credential in <paramref name="line"/>: what it is, and where its value stands.</summary>
    public static (string Kind, int Index, int Length)? Find(string line)
    {
        // Lines reach here for any anchor of any secret ("gh" of a GitHub token is in "through"), so each expression runs
        // only where a word it needs is in the line: most prose lines then cost a few ordinal searches, not four regexes.
        if ((line.IndexOf('=') >= 0 || line.IndexOf(':') >= 0) && ContainsAnyIgnoreCase(line, NameWords))
        {
            foreach (Match match in NamedValue.Matches(line))
            {
                var name = match.Groups["name"].Value;
                var value = match.Groups["value"];
                if (!EndsLikeCredential(name) || !IsSecretValue(value.Value)) continue;
                // The whole assignment is marked, name to value; the message names the variable, never the value.
                return ("a credential assigned to " + name.Trim('"', '\''), match.Index, value.Index + value.Length - match.Index);
            }

        }

        if (line.IndexOf('@') >= 0 && line.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            var url = UrlPassword.Match(line);
            if (url.Success && IsSecretValue(url.Groups["value"].Value, allowDigitsOnly: false)) return ("a password in a URL", url.Groups["value"].Index, url.Groups["value"].Length);
        }

        // The cheap tests first: most lines that reach here mention none of these.
        if (ContainsIgnoreCase(line, "pass") || ContainsIgnoreCase(line, "mysql") || ContainsIgnoreCase(line, "mariadb") || line.IndexOf("curl", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in SwitchPassword.Matches(line))
            {
                var value = match.Groups["value"];
                if (IsSecretValue(value.Value)) return ("a password on a command line", value.Index, value.Length);
            }
        }

        if (!ContainsAnyIgnoreCase(line, PasswordWords)) return null;
        foreach (Match match in NamedInProse.Matches(line))
        {
            var value = match.Groups["value"];
            if (IsSecretValue(value.Value) && !LooksLikeIdentifier(value.Value)) return ("a password written out", value.Index, value.Length);
        }

        return null;
    }

    /// <summary>The literals a line must hold for a switch, a URL or a password named in prose to be possible there.</summary>
    internal static readonly string[] Anchors =
    {
        "://", "--pass", "mysql", "mariadb", "sshpass", "curl", "assword", "ASSWORD", "asswort", "mot de passe", "senha", "contrase\u00F1a",
        "\u5BC6\u7801", "\u5BC6\u78BC", "\uBE44\uBC00\uBC88\uD638", "\uC554\uD638",
    };

    // What every name in NameEndings holds, and what every password word of NamedInProse holds.
    private static readonly string[] NameWords = { "pass", "pwd", "secret", "token", "key" };
    private static readonly string[] PasswordWords = { "pass", "senha", "contrase", "\u5BC6", "\uBE44\uBC00", "\uC554\uD638" };

    private static bool ContainsIgnoreCase(string text, string value) => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;

    internal static bool ContainsAnyIgnoreCase(string text, string[] values)
    {
        foreach (var value in values)
        {
            if (ContainsIgnoreCase(text, value)) return true;
        }

        return false;
    }

    /// <summary>Whether a name ends in a credential word: <c>DB_PASSWORD</c>, <c>stripeSecret</c>, <c>RESEND_API_KEY</c>.</summary>
    internal static bool EndsLikeCredential(string name)
    {
        var trimmed = name.Trim('"', '\'');
        foreach (var ending in NameEndings)
        {
            if (trimmed.Length >= ending.Length && string.Compare(trimmed, trimmed.Length - ending.Length, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a value is a literal secret rather than a placeholder, a reference or a word: at least six characters, and a
    /// digit or a symbol in it (so "required", "not-needed" and "changeme" are words, and "hunter22" or "KeyDisplayDev!" are not).
    /// </summary>
    internal static bool IsSecretValue(string value, bool allowDigitsOnly = true)
    {
        var v = value.Trim().TrimEnd('.', ')', ']', '>', '*');
        if (v.Length < 6) return false;
        var first = v[0];
        // References and placeholders: <your password>, ${VAR}, $VAR, %VAR%, {{ secret }}, [redacted], (in the vault), env:..., paths.
        if (first == '<' || first == '$' || first == '%' || first == '{' || first == '[' || first == '(' || first == '/' || first == '~' || first == '@' || first == '#') return false;
        if (v.StartsWith("./", StringComparison.Ordinal) || v.IndexOf("...", StringComparison.Ordinal) >= 0 || v.IndexOf('\u2026') >= 0) return false;
        // A URL is a value of its own kind: its password, if any, is the URL check's to find.
        if (v.IndexOf("://", StringComparison.Ordinal) >= 0) return false;
        var lower = v.ToLowerInvariant();
        foreach (var marker in PlaceholderMarkers)
        {
            if (lower.Contains(marker)) return false;
        }

        if (IsRepeated(v)) return false;
        var hasDigit = false;
        var hasSymbol = false;
        var hasLetter = false;
        foreach (var c in v)
        {
            if (char.IsDigit(c)) hasDigit = true;
            else if (char.IsLetter(c)) hasLetter = true;
            else if (c != '-' && c != '_' && c != '.') hasSymbol = true;
        }

        if (!hasLetter && !allowDigitsOnly) return false;
        return hasDigit || hasSymbol;
    }

    // Words that mark a value as a stand-in, and references to where the real one lives.
    private static readonly string[] PlaceholderMarkers =
    {
        "your", "example", "changeme", "change-me", "change_me", "placeholder", "redacted", "dummy", "sample", "xxxx", "****",
        "todo", "tbd", "fixme", "replace", "insert", "secret-here", "here", "process.env", "os.environ", "env(", "env:", "getenv",
        "vault:", "op://", "secrets.", "arn:", "ssm:", "keychain", "1password", "not-needed", "not_needed", "none", "null", "undefined",
    };

    private static bool IsRepeated(string value)
    {
        // "xxxxxx", "******", "000000": one character over and over.
        for (var i = 1; i < value.Length; i++)
        {
            if (char.ToLowerInvariant(value[i]) != char.ToLowerInvariant(value[0])) return false;
        }

        return true;
    }

    // "password `proctor_set_password`", "password `PasswordInput`": a code identifier named after the password, not one.
    private static bool LooksLikeIdentifier(string value)
    {
        if (value.IndexOf("pass", StringComparison.OrdinalIgnoreCase) >= 0 && value.IndexOf('!') < 0) return true;
        foreach (var c in value)
        {
            if (c == '(' || c == '/' || c == '\\') return true;
        }

        return false;
    }
}
