using System;
using System.CommandLine;

namespace HandoffLint.Cli;

/// <summary>Option helpers that keep parse errors to one line.</summary>
internal static class OptionValues
{
    /// <summary>Accepts only <paramref name="values"/>; the error names them all on one line.</summary>
    public static void AcceptOnly(Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is null || Array.IndexOf(values, value) >= 0) return;
            result.AddError($"{option.Name} must be one of {string.Join(", ", values)}; Actual: '{value}'");
        });
    }
}
