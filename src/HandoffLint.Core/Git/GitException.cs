using System;

namespace HandoffLint.Git;

/// <summary>What kind of thing went wrong when git was asked.</summary>
internal enum GitFailure
{
    /// <summary>No <c>git</c> executable was found on the PATH, or it could not be started.</summary>
    NotInstalled,

    /// <summary>The folder is not inside a git repository.</summary>
    NotARepository,

    /// <summary>A revision (a commit, a branch, a base ref) does not exist in the repository.</summary>
    UnknownRevision,

    /// <summary>Two commits share no history in this clone (unrelated branches, or a shallow clone cut above their merge base).</summary>
    NoCommonHistory,

    /// <summary>A git command ran longer than <see cref="GitSettings.Timeout"/> and was killed.</summary>
    TimedOut,

    /// <summary>A git command failed for another reason; the message carries git's own words.</summary>
    CommandFailed,
}

/// <summary>Git could not answer. <see cref="Exception.Message"/> says why in words fit for a diagnostic.</summary>
internal sealed class GitException : Exception
{
    /// <summary>Creates an exception of <paramref name="failure"/> kind with a reason fit for a diagnostic.</summary>
    public GitException(GitFailure failure, string reason)
        : base(reason) => Failure = failure;

    /// <summary>Creates an exception of <paramref name="failure"/> kind, keeping the exception that caused it.</summary>
    public GitException(GitFailure failure, string reason, Exception inner)
        : base(reason, inner) => Failure = failure;

    /// <summary>What kind of thing went wrong.</summary>
    public GitFailure Failure { get; }
}
