namespace Spectrum.PostGis;

public enum ServerState
{
    /// <summary>No cluster yet: the next start creates one.</summary>
    NotInitialised,
    Stopped,
    Running,
}

/// <summary>The state of a managed server; <see cref="ProcessId"/> is set only when it is running.</summary>
public sealed record ServerStatus(ServerState State, int? ProcessId)
{
    public static ServerStatus NotInitialised { get; } = new(ServerState.NotInitialised, null);

    public static ServerStatus Stopped { get; } = new(ServerState.Stopped, null);

    public override string ToString() => State switch
    {
        ServerState.NotInitialised => "not initialised",
        ServerState.Stopped => "stopped",
        _ => $"running (pid {ProcessId})",
    };
}
