namespace Platform.Api.Bulletins;

public enum BulletinFormat { Xlsx, Csv }
