using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ProgramaBot.Programme;

namespace ProgramaBot.Tests.Reminders.Chat;

/// <summary>What people see in chat and what the admin API and dashboard let through.</summary>
public sealed class ReminderChatTests
{
    private static readonly DateTimeOffset Now = new(2021, 9, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OnlyTheSecretarioTecnicoMaySetADate()
    {
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("grupo", "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", fromId: "29:consejera");
        Assert.Matches("^Solo (la Secretaria Técnica|el Secretario Técnico|la Secretaría Técnica) de la Comisión puede programar", await bot.LastTextToAsync("grupo"));

        await bot.SayAsync("grupo", "próximos recordatorios");
        var upcoming = await bot.LastTextToAsync("grupo", t => t.Contains("Sin fecha exacta", StringComparison.Ordinal));
        Assert.Contains("Sesión Ordinaria III (septiembre de 2021)", upcoming, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpcomingRemindersListsWhatWillBeSentAndWhen()
    {
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("st", "programar sesión extraordinaria 1 el 24/09/2021 17:30", ReminderBot.SecretarioId, "personal");
        Assert.Contains("programé la **Sesión Extraordinaria 1** para el viernes 24 de septiembre de 2021, 17:30 h",
            await bot.LastTextToAsync("st"), StringComparison.Ordinal);

        await bot.SayAsync("grupo", "suscribir recordatorios");
        await bot.SayAsync("grupo", "próximos recordatorios");
        var upcoming = await bot.LastTextToAsync("grupo", t => t.StartsWith("Próximos", StringComparison.Ordinal));
        Assert.Contains("- jueves 23 de septiembre de 2021, 17:30 h: Sesión Extraordinaria 1 (faltará 1 día)", upcoming, StringComparison.Ordinal);
        Assert.Contains("- viernes 24 de septiembre de 2021, 16:30 h: Sesión Extraordinaria 1 (faltará 1 hora)", upcoming, StringComparison.Ordinal);
        // The 7-day one (17 Sept) is past its time but still due: it goes out at the next scan, telling the true time left.
        Assert.Contains("- en el próximo minuto: Sesión Extraordinaria 1 (faltan 4 días, 10 horas y 30 minutos)", upcoming, StringComparison.Ordinal);
        Assert.DoesNotContain("17 de septiembre", upcoming, StringComparison.Ordinal);

        await bot.SayAsync("grupo", "cancelar recordatorios");
        Assert.StartsWith("🔕", await bot.LastTextToAsync("grupo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProgrammeAnswersSeeTheDateSetInChat()
    {
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("st", "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", ReminderBot.SecretarioId, "personal");
        await bot.LastTextToAsync("st");
        var session = bot.Services.GetRequiredService<ProgrammeSchedule>().Next();
        Assert.Equal(("ordinaria-3", new DateTimeOffset(2021, 9, 28, 15, 0, 0, TimeSpan.Zero)), (session!.Id, session.StartsAt!.Value.ToUniversalTime()));
    }

    [Fact]
    public async Task EachDateSetInChatChangesTheAnswerAlreadyGiven()
    {
        // The answers' schedule is kept between questions: it must be rebuilt whenever a date changes.
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("grupo", "¿cuándo es la sesión ordinaria III?");
        Assert.DoesNotContain("28 de septiembre", await bot.LastTextToAsync("grupo"), StringComparison.Ordinal);

        await bot.SayAsync("st", "programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00", ReminderBot.SecretarioId, "personal");
        await bot.LastTextToAsync("st");
        await bot.SayAsync("grupo", "¿cuándo es la sesión ordinaria III?");
        Assert.Contains("28 de septiembre de 2021", await bot.LastTextToAsync("grupo"), StringComparison.Ordinal);

        await bot.SayAsync("st", "programar sesión ordinaria III el 30 de septiembre de 2021 a las 12:00", ReminderBot.SecretarioId, "personal");
        await bot.LastTextToAsync("st");
        await bot.SayAsync("grupo", "¿cuándo es la sesión ordinaria III?");
        var moved = await bot.LastTextToAsync("grupo");
        Assert.Contains("30 de septiembre de 2021", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("28 de septiembre", moved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionWithoutATimeIsQuestionedNotGuessed()
    {
        await using var bot = await ReminderBot.StartAsync(Now);
        await bot.SayAsync("st", "programar sesión ordinaria IV el 10 de diciembre", ReminderBot.SecretarioId, "personal");
        Assert.StartsWith("¿A qué hora es la Sesión Ordinaria IV?", await bot.LastTextToAsync("st"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAdminApiNeedsTheKeyAndThenSetsTheDate()
    {
        await using var bot = await ReminderBot.StartAsync(Now, new Dictionary<string, string?> { ["Reminders:AdminApiKey"] = "clave-secreta-de-prueba" });
        using var anonymous = await bot.Client.PutAsJsonAsync("/api/reminders/sessions/ordinaria/III", new { when = "28/09/2021 10:00" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/reminders/sessions/ordinaria/III")
        {
            Content = JsonContent.Create(new { when = "28/09/2021 10:00" }),
        };
        request.Headers.Add("X-Api-Key", "clave-secreta-de-prueba");
        using var response = await bot.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("10:00 h (hora del centro de México)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
