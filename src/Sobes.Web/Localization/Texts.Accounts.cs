namespace Sobes.Web.Localization;

public sealed partial class Texts
{
    /// <summary>Sign-in, registration, the account page and its API tokens (server mode).</summary>
    private static readonly Dictionary<string, (string En, string Ru)> Accounts = new(StringComparer.Ordinal)
    {
        ["accounts.login"] = ("Sign in", "Войти"),
        ["accounts.logout"] = ("Sign out", "Выйти"),
        ["accounts.register"] = ("Create an account", "Создать аккаунт"),
        ["accounts.account"] = ("Account", "Аккаунт"),
        ["accounts.userName"] = ("User name", "Имя пользователя"),
        ["accounts.password"] = ("Password", "Пароль"),
        ["accounts.confirm"] = ("Password again", "Пароль ещё раз"),
        ["accounts.remember"] = ("Keep me signed in", "Не выходить"),
        ["accounts.failed"] = ("Wrong user name or password.", "Неверное имя пользователя или пароль."),
        ["accounts.lockedOut"] = ("Too many failed attempts: the account is locked for 15 minutes.", "Слишком много неудачных попыток: аккаунт заблокирован на 15 минут."),
        ["accounts.noAccount"] = ("No account yet?", "Ещё нет аккаунта?"),
        ["accounts.haveAccount"] = ("Already have an account?", "Уже есть аккаунт?"),
        ["accounts.closed"] = ("Registration is closed on this server. Ask its administrator for an account.", "Регистрация на этом сервере закрыта. Попросите аккаунт у администратора."),
        ["accounts.nameRule"] = ("Latin letters, digits and - . _ @ +, up to 64 characters.", "Латинские буквы, цифры и - . _ @ +, не длиннее 64 символов."),
        ["accounts.passwordRule"] = ("At least 10 characters; a phrase is easier to remember.", "Не короче 10 символов; фразу запомнить легче."),
        ["accounts.mismatch"] = ("The two passwords differ.", "Пароли не совпадают."),
        ["accounts.taken"] = ("This user name is taken.", "Это имя пользователя занято."),
        ["accounts.badName"] = ("The user name may hold Latin letters, digits and - . _ @ + only, up to 64 characters.", "Имя пользователя может содержать только латинские буквы, цифры и - . _ @ +, не длиннее 64 символов."),
        ["accounts.weak"] = ("The password needs at least 10 characters, 4 of them different.", "Пароль должен быть не короче 10 символов, из них хотя бы 4 разных."),
        ["accounts.role.admin"] = ("administrator", "администратор"),
        ["accounts.role.learner"] = ("learner", "ученик"),
        ["accounts.tokens"] = ("API tokens", "Токены API"),
        ["accounts.tokensLead"] = ("A token lets a script use /api/v1 as you, with your roles. Revoke a token you no longer use.", "Токен позволяет скрипту работать с /api/v1 от вашего имени и с вашими ролями. Отзовите токен, который больше не нужен."),
        ["accounts.tokenOnce"] = ("Your new token. Copy it now: it is shown only once.", "Ваш новый токен. Скопируйте его сейчас: он показывается один раз."),
        ["accounts.tokenName"] = ("Token name", "Название токена"),
        ["accounts.tokenCreate"] = ("Create a token", "Создать токен"),
        ["accounts.tokenPrefix"] = ("Token", "Токен"),
        ["accounts.tokenCreated"] = ("Created", "Создан"),
        ["accounts.tokenUsed"] = ("Last used", "Использован"),
        ["accounts.tokenRevoke"] = ("Revoke", "Отозвать"),
        ["accounts.tokenRevoked"] = ("Revoked", "Отозван"),
        ["accounts.tokenUse"] = ("Send it in a header:", "Передавайте его в заголовке:"),
        ["error.403"] = ("Your account may not do this.", "Вашему аккаунту это недоступно."),
        ["error.429"] = ("Too many attempts. Wait a minute and try again.", "Слишком много попыток. Подождите минуту и попробуйте снова."),
    };
}
