namespace Sobes.Core.Library;

/// <summary>
/// The curated topics. Keywords are written as ordinary words and phrases in Russian and English; the
/// tagger stems them, so "переобучения" matches "переобучение" and "regularized" matches "regularization".
/// Keywords are specific on purpose: a word like "модель" would tag everything.
/// </summary>
public static class Taxonomy
{
    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new("metrics", "Metrics", "Метрики",
        [
            "метрика", "precision", "recall", "f1", "f1-score", "roc", "auc", "roc-кривая", "accuracy", "полнота", "точность классификации",
            "матрица ошибок", "confusion matrix", "матрица путаницы", "log loss", "logloss", "логистическая ошибка", "кросс-энтропия", "cross-entropy",
            "mae", "rmse", "mse", "r2", "specificity", "специфичность", "sensitivity", "чувствительность", "true positive", "false positive", "ndcg", "map@k",
        ]),
        new("validation", "Validation", "Валидация",
        [
            "валидация", "кросс-валидация", "cross-validation", "validation", "k-fold", "фолд", "fold", "отложенная выборка", "holdout", "утечка данных",
            "data leakage", "leakage", "переобучение", "overfitting", "недообучение", "underfitting", "bias-variance", "смещение и разброс", "train/test split",
        ]),
        new("regularization", "Regularisation", "Регуляризация",
        ["регуляризация", "regularization", "l1", "l2", "lasso", "ridge", "elastic net", "dropout", "дропаут", "weight decay", "early stopping", "ранняя остановка"]),
        new("optimization", "Optimisation", "Оптимизация",
        [
            "градиентный спуск", "gradient descent", "sgd", "momentum", "adam", "learning rate", "скорость обучения", "шаг обучения", "оптимизатор",
            "optimizer", "выпуклая", "convex", "локальный минимум", "local minimum", "функция потерь", "loss function", "backpropagation", "обратное распространение",
        ]),
        new("classical-ml", "Classical ML", "Классическое ML",
        [
            "линейная регрессия", "linear regression", "логистическая регрессия", "logistic regression", "svm", "опорных векторов", "support vector",
            "дерево решений", "decision tree", "knn", "k-means", "кластеризация", "clustering", "наивный байес", "naive bayes", "pca", "главных компонент",
            "признак", "feature engineering", "пропуски", "missing values",
        ]),
        new("ensembles", "Ensembles", "Ансамбли",
        ["градиентный бустинг", "gradient boosting", "бустинг", "boosting", "бэггинг", "bagging", "случайный лес", "random forest", "ансамбль", "ensemble", "xgboost", "lightgbm", "catboost", "стекинг", "stacking"]),
        new("deep-learning", "Deep learning", "Глубокое обучение",
        [
            "нейронная сеть", "нейросеть", "neural network", "глубокое обучение", "deep learning", "слой", "layer", "функция активации", "activation function",
            "relu", "sigmoid", "сигмоида", "batch normalization", "батч-нормализация", "затухающий градиент", "взрывающийся градиент", "vanishing gradient",
            "exploding gradient", "fine-tuning", "fine tuning", "дообучение", "предобученная модель", "pretrained", "автоэнкодер", "autoencoder", "нейрон", "neuron",
        ]),
        new("nlp", "NLP", "NLP",
        ["nlp", "обработка естественного языка", "natural language", "эмбеддинг", "эмбединг", "embedding", "word2vec", "skip gram", "cbow", "токенизация", "tokenization", "bag of words", "tf-idf", "bert", "языковая модель", "language model"]),
        new("cv", "Computer vision", "Компьютерное зрение",
        ["компьютерное зрение", "computer vision", "изображение", "image", "свёрточная сеть", "сверточная сеть", "convolutional", "cnn", "аугментация", "augmentation", "детекция объектов", "object detection", "сегментация", "segmentation", "пиксель", "padding", "паддинг"]),
        new("generative", "Generative models", "Генеративные модели",
        ["генеративная модель", "generative model", "vae", "вариационный автоэнкодер", "variational autoencoder", "gan", "диффузионная модель", "diffusion model", "латентное пространство", "latent space"]),
        new("llm", "LLM", "LLM",
        ["llm", "большая языковая модель", "large language model", "галлюцинация", "hallucination", "rag", "rlhf", "трансформер", "transformer", "attention mechanism", "механизм внимания", "self-attention", "промпт", "prompt engineering", "gpt", "ии-агент", "llm agent"]),
        new("rl", "Reinforcement learning", "Обучение с подкреплением",
        ["обучение с подкреплением", "reinforcement learning", "q-learning", "q-обучение", "агент", "вознаграждение", "reward", "марковский процесс", "markov decision", "policy gradient"]),
        new("probability", "Probability and statistics", "Вероятность и статистика",
        [
            "вероятность", "probability", "распределение", "distribution", "байес", "bayes", "байесовский", "bayesian", "доверительный интервал", "confidence interval",
            "p-value", "p-значение", "гипотеза", "hypothesis", "a/b", "a/b-тест", "ab-тест", "бутстрэп", "bootstrap", "дисперсия", "variance", "матожидание",
            "expected value", "мcmc", "mcmc", "нормальное распределение", "normal distribution", "статистика", "statistics", "колода", "deck",
        ]),
        new("sql", "SQL and data", "SQL и данные",
        ["sql", "база данных", "базы данных", "database", "join", "транзакция", "transaction", "acid", "nosql", "oltp", "olap", "индекс", "запрос", "query", "pandas", "dataframe", "etl"]),
        new("mlops", "MLOps", "MLOps",
        ["mlops", "продакшен", "production", "деплой", "deployment", "развертывание", "мониторинг", "monitoring", "kubeflow", "pipeline", "пайплайн", "docker", "kubernetes", "airflow", "mlflow", "dvc", "tensorboard", "инференс", "inference"]),
        new("career", "Career", "Карьера",
        ["собеседование", "interview", "резюме", "resume", "вакансия", "оффер", "offer", "карьера", "career", "faang", "рекрутер", "recruiter", "поиск работы", "job search", "зарплата", "salary"]),
    ];

    public static Topic? Find(string slug) => Topics.FirstOrDefault(t => t.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase));
}
