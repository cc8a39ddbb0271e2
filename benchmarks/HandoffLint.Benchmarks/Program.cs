using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using HandoffLint.Benchmarks;

// "corpus [folder] [--verbose]" prints the corpus report (issue 9); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "corpus")
{
    var verbose = Array.IndexOf(args, "--verbose") > 0;
    var folder = args.Skip(1).FirstOrDefault(a => a != "--verbose") ?? DefaultCorpusFolder();
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"No corpus at {folder}: pass the folder of notes, or put the shared material beside the repository.");
        return 2;
    }

    Console.Write(CorpusReport.Create(folder).Format(verbose));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusReport).Assembly).Run(args);
return 0;

// The shared corpus sits beside the repository: ../shared/corpus from the folder holding HandoffLint.sln.
static string DefaultCorpusFolder()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "HandoffLint.sln"))) return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus"));
    }

    return Path.GetFullPath(Path.Combine("..", "shared", "corpus"));
}
