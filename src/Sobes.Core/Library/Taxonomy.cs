namespace Sobes.Core.Library;

/// <summary>
/// The curated topics. Keywords are written as ordinary words and phrases in Russian and English; the
/// tagger stems them, so "переобучения" matches "переобучение" and "regularized" matches "regularization".
/// Keywords are specific on purpose: a word like "модель" would tag everything. The bilingual term dictionary
/// (<see cref="Terms.BilingualTerms"/>) adds its terms to the topics they name.
/// </summary>
public static class Taxonomy
{
    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new("metrics", "Metrics", "Метрики",
        [
            "метрика", "precision", "recall", "f1", "f1-score", "roc", "auc", "roc-кривая", "accuracy", "полнота", "точность классификации",
            "матрица ошибок", "confusion matrix", "матрица путаницы", "log loss", "logloss", "логистическая ошибка", "кросс-энтропия", "cross-entropy",
            "mae", "rmse", "mse", "r2", "specificity", "специфичность", "sensitivity", "чувствительность", "true positive", "false positive",
        ]),
        new("validation", "Validation", "Валидация",
        [
            "валидация", "кросс-валидация", "cross-validation", "validation", "k-fold", "отложенная выборка", "holdout", "утечка данных",
            "data leakage", "leakage", "переобучение", "overfitting", "недообучение", "underfitting", "bias-variance", "смещение и разброс", "train/test split",
        ])
        { WeakKeywords = ["фолд", "fold"] },
        new("regularization", "Regularisation", "Регуляризация",
        ["регуляризация", "regularization", "l1", "l2", "lasso", "ridge", "elastic net", "dropout", "дропаут", "weight decay", "early stopping", "ранняя остановка"]),
        new("optimization", "Optimisation", "Оптимизация",
        [
            "градиентный спуск", "gradient descent", "sgd", "momentum", "adam", "learning rate", "скорость обучения", "шаг обучения",
            "выпуклая", "convex", "локальный минимум", "local minimum", "функция потерь", "loss function", "backpropagation", "обратное распространение",
        ])
        { WeakKeywords = ["оптимизатор", "optimizer"] },
        new("classical-ml", "Classical ML", "Классическое ML",
        [
            "линейная регрессия", "linear regression", "логистическая регрессия", "logistic regression", "svm", "опорных векторов", "support vector",
            "дерево решений", "decision tree", "knn", "k-means", "кластеризация", "clustering", "наивный байес", "naive bayes", "pca", "главных компонент",
            "feature engineering", "missing values",
        ])
        { WeakKeywords = ["признак"] },
        new("ensembles", "Ensembles", "Ансамбли",
        ["градиентный бустинг", "gradient boosting", "бустинг", "boosting", "бэггинг", "bagging", "случайный лес", "random forest", "ансамбль", "ensemble", "xgboost", "lightgbm", "catboost", "стекинг", "stacking"]),
        new("deep-learning", "Deep learning", "Глубокое обучение",
        [
            "нейронная сеть", "нейросеть", "neural network", "глубокое обучение", "deep learning", "функция активации", "activation function",
            "relu", "sigmoid", "сигмоида", "batch normalization", "батч-нормализация", "затухающий градиент", "взрывающийся градиент", "vanishing gradient",
            "exploding gradient", "fine-tuning", "fine tuning", "дообучение", "предобученная модель", "pretrained", "автоэнкодер", "autoencoder",
        ])
        { WeakKeywords = ["слой", "layer", "нейрон", "neuron"] },
        new("nlp", "NLP", "NLP",
        ["nlp", "обработка естественного языка", "natural language", "эмбеддинг", "эмбединг", "embedding", "word2vec", "skip gram", "cbow", "токенизация", "tokenization", "bag of words", "tf-idf", "bert", "языковая модель", "language model"]),
        new("cv", "Computer vision", "Компьютерное зрение",
        ["компьютерное зрение", "computer vision", "свёрточная сеть", "сверточная сеть", "convolutional", "cnn", "аугментация", "augmentation", "детекция объектов", "object detection", "пиксель"])
        { WeakKeywords = ["изображение", "image", "сегментация", "segmentation", "padding", "паддинг"] },
        new("generative", "Generative models", "Генеративные модели",
        ["генеративная модель", "generative model", "vae", "вариационный автоэнкодер", "variational autoencoder", "gan", "диффузионная модель", "diffusion model", "латентное пространство", "latent space"]),
        new("llm", "LLM", "LLM",
        ["llm", "большая языковая модель", "large language model", "галлюцинация", "hallucination", "rag", "rlhf", "трансформер", "transformer", "attention mechanism", "механизм внимания", "self-attention", "prompt engineering", "gpt", "ии-агент", "llm agent"])
        { WeakKeywords = ["промпт", "prompt"] },
        new("rl", "Reinforcement learning", "Обучение с подкреплением",
        ["обучение с подкреплением", "reinforcement learning", "q-learning", "q-обучение", "марковский процесс", "markov decision", "policy gradient"])
        { WeakKeywords = ["агент", "вознаграждение", "reward"] },
        new("probability", "Probability and statistics", "Вероятность и статистика",
        [
            "вероятность", "probability", "байес", "bayes", "байесовский", "bayesian", "доверительный интервал", "confidence interval",
            "p-value", "p-значение", "a/b", "a/b-тест", "ab-тест", "бутстрэп", "bootstrap", "матожидание",
            "expected value", "mcmc", "нормальное распределение", "normal distribution", "колода", "deck",
        ])
        { WeakKeywords = ["распределение", "distribution", "гипотеза", "hypothesis", "дисперсия", "variance", "статистика", "statistics"] },
        new("sql", "SQL and data", "SQL и данные",
        ["sql", "база данных", "базы данных", "database", "join", "acid", "nosql", "oltp", "olap", "pandas", "dataframe", "etl", "group by"])
        { WeakKeywords = ["транзакция", "transaction", "индекс", "запрос", "query"] },
        new("mlops", "MLOps", "MLOps",
        ["mlops", "деплой", "deployment", "развертывание", "kubeflow", "docker", "kubernetes", "airflow", "mlflow", "dvc", "tensorboard", "data drift", "дрейф данных"])
        { WeakKeywords = ["продакшен", "production", "мониторинг", "monitoring", "pipeline", "пайплайн", "инференс", "inference"] },
        new("ranking", "Ranking and search", "Ранжирование и поиск",
        [
            "ранжирование", "ranking", "learning to rank", "ndcg", "map@k", "mrr", "bm25", "поисковая выдача", "поисковая система", "search engine",
            "information retrieval", "pairwise", "listwise", "pointwise", "обратный индекс", "inverted index", "reranking", "переранжирование",
        ])
        { WeakKeywords = ["релевантность", "relevance", "search", "поиск"] },
        new("recsys", "Recommender systems", "Рекомендательные системы",
        [
            "рекомендательная система", "recommender system", "collaborative filtering", "коллаборативная фильтрация",
            "matrix factorization", "матричная факторизация", "cold start", "холодный старт", "implicit feedback", "неявный фидбек", "als", "item-based", "user-based",
        ])
        { WeakKeywords = ["рекомендация", "recommendation"] },
        new("time-series", "Time series", "Временные ряды",
        [
            "временной ряд", "временные ряды", "time series", "time-series", "arima", "sarima", "prophet", "сезонность",
            "seasonality", "стационарность", "stationarity", "autocorrelation", "автокорреляция", "лаговые признаки", "lag features", "скользящее среднее", "moving average",
        ])
        { WeakKeywords = ["тренд", "trend", "прогноз", "forecast", "лаг", "lag"] },
        new("career", "Career", "Карьера",
        [
            "подготовка к собеседованию", "пройти собеседование", "прохождение собеседования", "поведенческое интервью", "interview preparation",
            "interview process", "behavioral interview", "резюме", "resume", "вакансия", "оффер", "job offer", "карьера", "career", "faang", "рекрутер",
            "recruiter", "поиск работы", "job search", "зарплата", "salary",
        ]),
    ];

    public static Topic? Find(string slug) => Topics.FirstOrDefault(t => t.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase));
}
