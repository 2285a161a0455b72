using Microsoft.EntityFrameworkCore;

namespace BookstoreBlazor.LogtoEmulator.Storage;

/// <summary>OpenIddict's clients, grants and tokens, in an in-memory SQLite database that lives as long as the emulator.</summary>
internal sealed class EmulatorDbContext(DbContextOptions<EmulatorDbContext> options) : DbContext(options);
