using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Library;

public sealed class ClassifierTests
{
    private static readonly RawPost Post = new() { Locator = "line 1", Text = "" };

    // A price scores 2, so a weight-1 signal beside it shows in the rule; "Цена $5." is that price.
    private const string Priced = "Цена $5. ";

    private static string Rule(string text) => Classifier.Classify(Post, text, null, false, null).Rule;

    [Theory]
    [InlineData("Всего 1 000 ₽ в месяц")]
    [InlineData("Стоит 500 руб за урок")]
    [InlineData("Стоит 500 рублей")]
    [InlineData("Price: 20 USD")]
    [InlineData("Only 15 EUR")]
    [InlineData("Only 15 €")]
    [InlineData("Всего € 15")]
    [InlineData("Всего $15")]
    public void Each_price_form_marks_an_ad(string text)
    {
        Assert.Equal("ad:price", Rule(text));
    }

    [Theory]
    [InlineData("Это #реклама канала")]
    [InlineData("Реклама. Канал про данные")]
    [InlineData("Текст erid: 2Vtzqx")]
    [InlineData("This post is sponsored by a friend")]
    [InlineData("Партнёрский пост о данных")]
    [InlineData("Партнерский пост о данных")]
    [InlineData("Размещено на правах рекламы")]
    public void Each_sponsorship_mark_marks_an_ad(string text)
    {
        Assert.Equal("ad:sponsored", Rule(text));
    }

    [Theory]
    [InlineData("Скидка для читателей", "discount")]
    [InlineData("A discount today", "discount")]
    [InlineData("Промокод DATA", "discount")]
    [InlineData("Use promo code DATA", "discount")]
    [InlineData("Use promocode DATA", "discount")]
    [InlineData("Действует 30-процентная", "discount")]
    [InlineData("Цены -30 % сегодня", "discount")]
    [InlineData("Успейте забронировать", "call-to-action")]
    [InlineData("Записаться по ссылке", "call-to-action")]
    [InlineData("Зарегистрироваться", "call-to-action")]
    [InlineData("Подпишись на канал", "call-to-action")]
    [InlineData("Осталось всего 5 мест", "call-to-action")]
    [InlineData("Осталось 5 мест", "call-to-action")]
    [InlineData("Book your seat now", "call-to-action")]
    [InlineData("Sign up today", "call-to-action")]
    [InlineData("Subscribe", "call-to-action")]
    [InlineData("Наш курс по ML", "offer")]
    [InlineData("Курсы по данным", "offer")]
    [InlineData("Наведите курсор", "offer")]
    [InlineData("A new course", "offer")]
    [InlineData("Вебинар в четверг", "offer")]
    [InlineData("Интенсив по SQL", "offer")]
    [InlineData("Наша рассылка", "offer")]
    [InlineData("Join the bootcamp", "offer")]
    public void Each_keyword_of_a_lesser_signal_counts_beside_a_price(string text, string signal)
    {
        Assert.Equal("ad:price+" + signal, Rule(Priced + text));
    }

    [Theory]
    [InlineData("Между рекламами одного бренда")]
    [InlineData("Антиреклама такого подхода")]
    [InlineData("Поле xerid в таблице")]
    [InlineData("Unsponsored content")]
    [InlineData("Осталось всего мест")]
    [InlineData("Book the seat")]
    [InlineData("Дискурс и ракурс")]
    [InlineData("Courses on the internet")]
    [InlineData("Проценты по вкладу")]
    public void A_keyword_outside_its_word_boundaries_adds_nothing(string text)
    {
        Assert.Equal("ad:price", Rule(Priced + text));
    }

    [Theory]
    [InlineData("Стоит 5 рубля")]
    [InlineData("Stablecoin 12 usdt")]
    [InlineData("В 2024 году")]
    public void A_number_without_a_currency_word_is_no_price(string text)
    {
        Assert.Equal("resource:short", Rule(text));
    }

    [Theory]
    [InlineData("Тестовое задание: модель оттока", "case:take-home")]
    [InlineData("Кейс: какие данные вы соберёте", "case:take-home")]
    [InlineData("Кейс без них\nданные потом", "note:explainer")]
    [InlineData("Кейсы и данные", "note:explainer")]
    [InlineData("Требуется построить модель скоринга", "case:take-home")]
    [InlineData("Найдите 2 числа, сумма которых 10", "problem:compute-request")]
    [InlineData("Чему равна сумма 2 и 3", "problem:compute-request")]
    [InlineData("Calculate 2 plus 3", "problem:compute-request")]
    [InlineData("Find the expected value of 2 dice with 6 sides", "problem:compute-request")]
    [InlineData("Найдитеx 2 числа и 3", "note:explainer")]
    [InlineData("Читать статью", "resource:teaser")]
    [InlineData("Cheatsheet", "resource:teaser")]
    [InlineData("Шпаргалка", "resource:teaser")]
    public void Cases_problems_and_teasers_are_found_by_their_words(string text, string rule)
    {
        // Padding to 200 characters of prose makes a text without a marker a note.
        Assert.Equal(rule, Rule(text + " " + new string('ж', 200)));
    }
}
