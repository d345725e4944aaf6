using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Instances;

/// <summary>What instances on one database share: who is signed in, the library's search, and each learner's cards and reviews.</summary>
public sealed class SharedInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [SkippableFact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_the_other_behind_nginx()
    {
        await instances.ReadyAsync();
        await instances.CreateAccountAsync("alice");
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var direct = new HttpClient(handler, disposeHandler: false) { BaseAddress = instances.AddressA };
        using var proxied = new HttpClient(handler, disposeHandler: false) { BaseAddress = instances.Proxy };
        using (var anonymous = await proxied.GetAsync("/api/v1/stats"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var signIn = await ServerAccounts.PostLoginAsync(direct, "alice", ServerAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var stats = await proxied.GetAsync("/api/v1/stats");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        using var page = await proxied.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [SkippableFact]
    public async Task Signing_out_on_one_instance_ends_the_cookie_on_the_other()
    {
        await instances.ReadyAsync();
        await instances.CreateAccountAsync("bob");
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        using var proxied = new HttpClient(handler, disposeHandler: false) { BaseAddress = instances.Proxy };
        using (var signIn = await ServerAccounts.PostLoginAsync(proxied, "bob", ServerAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // A copy of the cookie taken before signing out, replayed on the other instance.
        var cookie = jar.GetCookieHeader(instances.Proxy);
        using var stolen = new HttpClient { BaseAddress = instances.AddressA };
        stolen.DefaultRequestHeaders.Add("Cookie", cookie);
        using (var before = await stolen.GetAsync("/api/v1/stats"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var signOut = await ServerAccounts.PostFormAsync(proxied, "/logout", "/logout", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        using var after = await stolen.GetAsync("/api/v1/stats");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [SkippableFact]
    public async Task An_edit_on_one_instance_is_found_by_search_on_the_other_within_two_seconds()
    {
        await instances.ReadyAsync();
        await instances.CreateAccountAsync("editor", admin: true);
        var token = await ServerAccounts.IssueTokenAsync(instances.A, "editor");
        using var direct = TwoInstances.Bearer(instances.AddressA, token);
        using var proxied = TwoInstances.Bearer(instances.Proxy, token);
        var id = (await direct.GetJsonAsync("/api/v1/items?take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Equal(0, (await proxied.GetJsonAsync("/api/v1/search?q=quokkazebra")).GetProperty("total").GetInt32());

        using var edit = await direct.PatchAsJsonAsync($"/api/v1/items/{id}", new { title = "Quokkazebra overfitting" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var clock = Stopwatch.StartNew();
        var found = 0;
        while (found == 0 && clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            found = (await proxied.GetJsonAsync("/api/v1/search?q=quokkazebra")).GetProperty("total").GetInt32();
        }

        Assert.True(found == 1, $"the edit was not found through the other instance within 2 s ({clock.Elapsed.TotalMilliseconds:0} ms)");
    }

    [SkippableFact]
    public async Task Fifty_learners_answering_through_both_instances_lose_no_review_and_get_no_duplicate_card()
    {
        await instances.ReadyAsync();
        const int Learners = 50;
        const int AnswersEach = 4;
        var names = Enumerable.Range(0, Learners).Select(i => "learner" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var name in names)
        {
            await instances.CreateAccountAsync(name);
        }

        var tokens = new List<string>();
        foreach (var name in names)
        {
            tokens.Add(await ServerAccounts.IssueTokenAsync(instances.A, name));
        }

        var answered = await Task.WhenAll(tokens.Select(AnswerThroughBothAsync));

        Assert.All(answered, n => Assert.Equal(AnswersEach, n));
        await using var db = instances.Context();
        var learners = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => u.LearnerId).ToListAsync();
        Assert.Equal(Learners * AnswersEach, await db.ReviewLog.CountAsync(r => learners.Contains(r.LearnerId)));
        var duplicates = await db.Cards.Where(c => learners.Contains(c.LearnerId))
            .GroupBy(c => new { c.LearnerId, c.ItemId, c.GeneratorKey }).CountAsync(g => g.Count() > 1);
        Assert.Equal(0, duplicates);
        var perLearner = await db.Cards.Where(c => learners.Contains(c.LearnerId)).GroupBy(c => c.LearnerId).Select(g => g.Count()).Distinct().ToListAsync();
        Assert.Single(perLearner);

        async Task<int> AnswerThroughBothAsync(string token)
        {
            using var direct = TwoInstances.Bearer(instances.AddressA, token);
            using var proxied = TwoInstances.Bearer(instances.Proxy, token);
            // The first card is asked for on both instances at once: both sync the learner's cards.
            var first = await Task.WhenAll(direct.GetAsync("/api/v1/cards/next"), proxied.GetAsync("/api/v1/cards/next"));
            foreach (var response in first)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"next: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                response.Dispose();
            }

            var count = 0;
            for (var i = 0; i < AnswersEach; i++)
            {
                var client = i % 2 == 0 ? direct : proxied;
                var card = (await client.GetJsonAsync("/api/v1/cards/next")).GetProperty("card").GetProperty("id").GetInt64();
                using var answer = await client.PostAsJsonAsync($"/api/v1/cards/{card}/answer", new { rating = 3 });
                Assert.True(answer.StatusCode == HttpStatusCode.OK, $"answer: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                count++;
            }

            return count;
        }
    }

    [SkippableFact]
    public async Task Both_instances_and_the_proxy_answer_healthz_without_a_sign_in()
    {
        await instances.ReadyAsync();
        using var client = new HttpClient();
        foreach (var address in new[] { instances.AddressA, instances.Proxy })
        {
            using var response = await client.GetAsync(new Uri(address, "/healthz"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }
}
